using System.Net;
using System.Text;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>Hand-written HTML bulletins: rows as raw markup so tests can add spans, hidden rows and extra tables.</summary>
internal static class Html
{
    public const string HeaderRow = "<tr><th>序号</th><th>工作任务</th><th>牵头责任单位</th><th>一季度工作进展</th><th>备注</th></tr>";

    public static string TaskRow(int n, string? progress = null) =>
        $"<tr><td>{n}</td><td>{E(TextTable.TaskText(n))}</td><td>市发改委</td><td>{progress ?? E(TextTable.Progress(n))}</td><td></td></tr>";

    public static string TaskRows(int from, int to) => string.Concat(Enumerable.Range(from, to - from + 1).Select(n => TaskRow(n)));

    public static string Table(string rows) => $"<table border=\"1\">{rows}</table>";

    public static string Page(string body) =>
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>2024年一季度重点工作任务进展情况_芜湖市人民政府</title></head><body>"
        + "<h1>2024年一季度重点工作任务进展情况</h1><p>发布时间:2024-04-20 信息来源:芜湖市人民政府</p>" + body
        + "<div>【打印本页】【关闭窗口】</div></body></html>";

    public static Bulletin Parse(string body, string name = "page.html") => BulletinParser.Parse(Encoding.UTF8.GetBytes(Page(body)), name);

    public static string E(string text) => WebUtility.HtmlEncode(text);
}
