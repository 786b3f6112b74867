using System.Net;
using System.Text;

namespace Wuhu.Reliability.Tests.Corpus;

/// <summary>Hand-made HTML pages: a bulletin table (or not) inside whatever a web page may carry.</summary>
internal static class HtmlPages
{
    public static readonly string[] Header = ["序号", "工作任务", "牵头责任单位", "一季度工作进展", "备注"];

    public static string Page(string title, string body, string head = "<meta charset=\"utf-8\">") =>
        $"<!DOCTYPE html><html><head>{head}<title>{WebUtility.HtmlEncode(title)}</title></head><body><h1>{WebUtility.HtmlEncode(title)}</h1>" +
        $"<p>发布时间:2024-04-20 信息来源:芜湖市人民政府</p>{body}</body></html>";

    public static string Table(string[] header, params string[][] rows)
    {
        var html = new StringBuilder("<table><tr>");
        html.Append(string.Concat(header.Select(h => $"<th>{WebUtility.HtmlEncode(h)}</th>"))).Append("</tr>");
        foreach (var row in rows)
        {
            html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{WebUtility.HtmlEncode(c)}</td>"))).Append("</tr>");
        }

        return html.Append("</table>").ToString();
    }

    public static string[] Row(string number, int task) =>
        [number, $"推进重点项目{task}建设", "市发改委", $"项目{task}正稳步推进,已完成投资{task * 10}亿元。", ""];

    public static byte[] Utf8(string html) => Encoding.UTF8.GetBytes(html);

    public static byte[] Bulletin(string title, params string[][] rows) => Utf8(Page(title, Table(Header, rows)));

    /// <summary>Every kind of reference a browser would fetch, all aimed at <paramref name="port"/> on loopback.</summary>
    public static byte[] WithExternalReferences(int port)
    {
        var url = $"http://127.0.0.1:{port}";
        var head = $"<meta charset=\"utf-8\"><base href=\"{url}/base/\"><link rel=\"stylesheet\" href=\"{url}/a.css\">" +
                   $"<link rel=\"preload\" href=\"{url}/font.woff2\" as=\"font\"><script src=\"{url}/a.js\"></script>" +
                   $"<meta http-equiv=\"refresh\" content=\"0;url={url}/refresh\"><style>@import url(\"{url}/b.css\"); body {{ background: url('{url}/bg.png'); }}</style>";
        var body = $"<img src=\"{url}/logo.png\" srcset=\"{url}/logo2x.png 2x\"><iframe src=\"{url}/frame\"></iframe>" +
                   $"<object data=\"{url}/object\"></object><embed src=\"{url}/embed\"><video src=\"{url}/v.mp4\" poster=\"{url}/poster.png\"></video>" +
                   $"<svg><image href=\"{url}/svg.png\"/></svg><form action=\"{url}/form\"><input type=\"image\" src=\"{url}/input.png\"></form>" +
                   $"<script>fetch('{url}/fetch'); new Image().src = '{url}/beacon';</script>" +
                   $"<a href=\"{url}/link\">链接</a>" + Table(Header, Row("1", 1), Row("2", 2));
        return Utf8(Page("2024年一季度重点工作任务进展情况", body, head));
    }

    /// <summary>A bulletin page whose scripts try to rewrite the table; they must never run.</summary>
    public static byte[] WithScripts()
    {
        var scripts = "<script>document.body.innerHTML = '<table><tr><th>序号</th></tr></table>';</script>" +
                      "<script type=\"text/javascript\">for(;;){}</script><noscript>请启用脚本</noscript>" +
                      "<div onclick=\"alert(1)\" onload=\"while(true){}\">x</div>";
        return Utf8(Page("2024年一季度重点工作任务进展情况", scripts + Table(Header, Row("1", 1), Row("2", 2), Row("3", 3))));
    }
}
