using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Rendering;

/// <summary>The running header (report title and period) and footer (page x of y).</summary>
internal static class PageBands
{
    public static Element Header(ReportDocument report) =>
        new Border(
            new Padding(
                new Row()
                    .Relative(3, new TextBlock(report.Title, ReportTheme.Small))
                    .Relative(1, new TextBlock(report.PeriodLabel, ReportTheme.Small, TextAlignment.Right)),
                0, 0, 0, 5),
            ReportTheme.Rule, 0, 0, 0, 0.6f);

    public static Element Footer(ReportDocument report, PageInfo page)
    {
        var total = page.TotalPages > 0 ? page.TotalPages : page.Number;
        return new Row()
            .Relative(1, new TextBlock(report.Metadata.Author, ReportTheme.Small))
            .Relative(1, new TextBlock($"第 {page.Number} 页 / 共 {total} 页", ReportTheme.Small, TextAlignment.Center))
            .Relative(1, new TextBlock(report.FileName, ReportTheme.Small, TextAlignment.Right));
    }
}
