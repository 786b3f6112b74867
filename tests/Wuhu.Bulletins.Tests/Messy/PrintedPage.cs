using System.Net;
using System.Text;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests.Messy;

/// <summary>One task row as written in the page: paragraphs of each cell.</summary>
public sealed record PrintedTask(int Number, string Text, string[] Units, string[] Progress, string NumberCell = "")
{
    public string NumberText => NumberCell.Length > 0 ? NumberCell : Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>How the page is printed: paper, borders and what the printer adds around the table.</summary>
public sealed record PrintOptions
{
    public bool Landscape { get; init; }
    public bool Borders { get; init; } = true;
    /// <summary>A running title in the page's top margin box (CSS @page), on every page.</summary>
    public string? RunningTitle { get; init; }
    /// <summary>A page number in the bottom margin box: "第 {page} 页 共 {pages} 页".</summary>
    public bool PageNumbers { get; init; }
    /// <summary>Chromium's own print header (date, title) and footer (file URL, "1/3").</summary>
    public bool BrowserHeaderFooter { get; init; }
    public string ExtraStyle { get; init; } = "";
}

/// <summary>
/// Bulletin web pages written for printing: the table as HTML (header in &lt;thead&gt;, so Chromium repeats it on
/// every page), and whatever a test puts before or after it. Printed with <see cref="ChromiumPdf"/>.
/// </summary>
public static class PrintedPage
{
    public const string Title = "2024年一季度重点工作任务进展情况";
    public const string Office = "芜湖市人民政府督查室";
    public static readonly string[] HeaderCells = ["序号", "工作任务", "牵头责任单位", "一季度工作进展", "备注"];

    private static readonly string[] Units = ["市发改委", "市住建局", "市经信局", "市交通运输局", "市生态环境局", "市商务局"];

    public static PrintedTask Task(int n, params string[] progress) => new(
        n,
        $"推进第{n}批重点项目建设,完成年度投资{n * 3}亿元。",
        [Units[n % Units.Length]],
        progress.Length > 0 ? progress : [$"已召开专题推进会{n}次,印发工作方案,明确责任分工。", $"完成投资{n}.5亿元,正在加快推进。"]);

    public static List<PrintedTask> Tasks(int from, int to, int paragraphs = 2) =>
        [.. Enumerable.Range(from, to - from + 1).Select(n => Task(n, [.. Enumerable.Range(1, paragraphs).Select(i => $"第{i}项工作已召开专题推进会{n + i}次,{Fillers[(n + i) % Fillers.Length]}按月调度推进。")]))];

    private static readonly string[] Fillers = ["", "印发工作方案,", "印发工作方案,明确责任分工,", "印发工作方案,明确责任分工,建立工作台账,", "建立工作台账,"];

    public static string HeaderRow => $"<tr>{string.Concat(HeaderCells.Select(h => $"<th>{h}</th>"))}</tr>";

    public static string Row(PrintedTask t) =>
        $"<tr><td>{E(t.NumberText)}</td><td>{P(t.Text)}</td><td>{string.Concat(t.Units.Select(P))}</td><td>{string.Concat(t.Progress.Select(P))}</td><td></td></tr>";

    /// <summary>The bulletin table; <paramref name="header"/> false gives a continuation table without one.</summary>
    public static string Table(IEnumerable<PrintedTask> tasks, bool header = true, string extraRows = "") =>
        $"<table>{(header ? $"<thead>{HeaderRow}</thead>" : "")}<tbody>{string.Concat(tasks.Select(Row))}{extraRows}</tbody></table>";

    public static string Preamble => $"<h1>{Title}</h1><p class=\"meta\">发布时间:2024-04-20 信息来源:芜湖市人民政府</p>";

    public static string Page(string body, PrintOptions? options = null)
    {
        options ??= new PrintOptions();
        var margins = new StringBuilder();
        if (options.RunningTitle is { } running) margins.Append($"@top-center{{content:\"{running}\";font-family:Cjk;font-size:9pt}}");
        if (options.PageNumbers) margins.Append("@bottom-center{content:\"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\";font-family:Cjk;font-size:9pt}");
        var border = options.Borders ? "1px solid #000" : "none";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + Title + "_芜湖市人民政府</title><style>"
            + "@font-face{font-family:Cjk;src:url(font.ttf)}"
            + $"@page{{size:A4{(options.Landscape ? " landscape" : "")};margin:2cm 1.5cm;{margins}}}"
            + "body{font-family:Cjk;font-size:10.5pt}h1{font-size:16pt;text-align:center}.meta{text-align:center}"
            + $"table{{border-collapse:collapse;width:100%}}th,td{{border:{border};padding:3pt 4pt;vertical-align:top}}td p{{margin:0}}"
            + "td:nth-child(1){width:2.5em;text-align:center}td:nth-child(2){width:26%}td:nth-child(3){width:14%}td:nth-child(5){width:3em}"
            + "tr{break-inside:auto}" + options.ExtraStyle
            + "</style></head><body>" + body + "</body></html>";
    }

    public static byte[] Print(string body, PrintOptions? options = null) =>
        ChromiumPdf.Print(Page(body, options), options?.BrowserHeaderFooter ?? false);

    /// <summary>The tasks as the HTML reader reads the same rows from a plain page: what the PDF must give.</summary>
    public static Bulletin Expected(IEnumerable<PrintedTask> tasks) =>
        BulletinParser.Parse(Encoding.UTF8.GetBytes(Page(Preamble + Table(tasks))), "expected.html");

    public static string P(string text) => $"<p>{E(text)}</p>";

    public static string E(string text) => WebUtility.HtmlEncode(text);
}
