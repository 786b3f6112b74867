using System.Text;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Html;

/// <summary>
/// Renders a report as one standalone HTML file with the PDF's content, order and charts (inline SVG) and
/// A4 print CSS, so a browser printing it gives comparable pages. Nothing is fetched: the only external
/// files are the fonts, by a relative URL (write them with <see cref="HtmlReportFonts.WriteTo"/>).
/// Stateless and thread-safe.
/// </summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    private readonly string fontFolderUrl;

    /// <param name="fontFolderUrl">URL of the folder holding the fonts, relative to the HTML file.</param>
    public HtmlReportRenderer(string fontFolderUrl = HtmlReportFonts.DefaultFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fontFolderUrl);
        // The report must open offline and leak nothing: fonts come from a local folder, never from a server.
        var onHost = fontFolderUrl.StartsWith("//", StringComparison.Ordinal) || fontFolderUrl.StartsWith(@"\\", StringComparison.Ordinal);
        if (onHost || (Uri.TryCreate(fontFolderUrl, UriKind.Absolute, out var absolute) && (!absolute.IsFile || absolute.IsUnc)))
        {
            throw new ArgumentException($"The font folder must be a relative URL or a local path, not '{fontFolderUrl}'.", nameof(fontFolderUrl));
        }

        this.fontFolderUrl = fontFolderUrl;
    }

    /// <summary>The HTML as UTF-8 bytes.</summary>
    public byte[] Render(ReportDocument report) => Encoding.UTF8.GetBytes(RenderText(report));

    public string RenderText(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Roughly the appendix text plus markup: avoids most of the builder's regrowth on large reports.
        var html = new StringBuilder(16_384 + report.Appendix.Sum(r => (r.Text.Length + r.Progress.Length + (r.Remarks?.Length ?? 0) + 200)));
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Escaped(report.Title).Append("</title>\n");
        var metadata = report.Metadata;
        Meta(html, "author", metadata.Author);
        Meta(html, "description", metadata.Subject);
        Meta(html, "keywords", metadata.Keywords);
        Meta(html, "generator", metadata.Creator);
        HtmlStyles.Append(html, fontFolderUrl, report.Title, report.PeriodLabel, metadata.Author, report.FileName);
        html.Append("</head>\n<body>\n");

        var sections = new List<(string Title, Action<StringBuilder> Write)>
        {
            ("关键数据", h => HtmlSections.KeyFigures(h, report)),
            ("图表", h => HtmlSections.Charts(h, report)),
            ("牵头单位完成情况", h => Or(h, report.Units.Count, "无。", () => HtmlSections.Scoreboard(h, report))),
            ("需关注事项", h => HtmlSections.Attention(h, report)),
            ("量化目标", h => Or(h, report.Targets.Count, "任务文本中未发现量化目标。", () => HtmlSections.Targets(h, report.Targets, report.InterimFigures))),
            ("数据质量说明", h => Or(h, report.DataQuality.Count, "未发现数据质量问题。", () => HtmlSections.DataQuality(h, report))),
        };
        if (report.Kind == ReportKind.Quarterly)
        {
            sections.Add(("较上季度变化", h => HtmlSections.Changes(h, report.Changes)));
        }

        // The same titles and anchors as the PDF's contents and outline (Rendering/ReportComposer).
        var contents = sections.Select((s, i) => (Title: $"{Numerals[i]}、{s.Title}", Id: $"section-{i + 1}")).ToList();
        var appendixTitle = $"附录 全部任务({report.Appendix.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} 项)";
        HtmlSections.Cover(html, report, [.. contents, (appendixTitle, "appendix")]);
        for (var i = 0; i < sections.Count; i++)
        {
            html.Append("<section id=\"").Append(contents[i].Id).Append("\">\n<h2>").Append(contents[i].Title).Append("</h2>\n");
            sections[i].Write(html);
            html.Append("\n</section>\n");
        }

        html.Append("<section class=\"appendix\" id=\"appendix\">\n<h2>").Append(appendixTitle).Append("</h2>\n");
        Or(html, report.Appendix.Count, "无。", () => HtmlSections.Appendix(html, report.Appendix));
        html.Append("\n</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Or(StringBuilder html, int count, string none, Action write)
    {
        if (count == 0)
        {
            HtmlSections.None(html, none);
        }
        else
        {
            write();
        }
    }

    private static void Meta(StringBuilder html, string name, string content) =>
        html.Append("<meta name=\"").Append(name).Append("\" content=\"").Escaped(content).Append("\">\n");
}
