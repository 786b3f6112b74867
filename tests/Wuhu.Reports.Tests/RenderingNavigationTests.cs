using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using Wuhu.Bulletins;
using Wuhu.Reports.Building;
using Wuhu.Reports.Model;
using Wuhu.Reports.Rendering;

namespace Wuhu.Reports.Tests;

/// <summary>The PDF's outline, linked contents with page numbers, page flow and unit names in cells.</summary>
public class RenderingNavigationTests
{
    private static readonly IReportRenderer Renderer = new SkiaPdfReportRenderer();

    private static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string PageText(PdfDocument document, int page) => Squash(string.Concat(document.GetPage(page).Letters.Select(l => l.Value)));

    private static BulletinSource Sample(string name)
    {
        var path = Path.Combine(RenderingTestData.RepoRoot!, "samples", name);
        var bytes = File.ReadAllBytes(path);
        return BulletinSource.FromBytes(BulletinParser.Parse(bytes, name), bytes);
    }

    [Fact]
    public void Outline_opens_every_section_on_its_page_and_the_cover_lists_them_with_links()
    {
        var report = RenderingTestData.SyntheticQuarterly();
        using var document = PdfDocument.Open(Renderer.Render(report));

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.Roots.Cast<DocumentBookmarkNode>().ToList();
        Assert.Equal(
            ["封面与目录", "一、关键数据", "二、图表", "三、牵头单位完成情况", "四、需关注事项", "五、量化目标", "六、数据质量说明", "七、较上季度变化", $"附录 全部任务({report.Appendix.Count} 项)"],
            nodes.Select(n => n.Title));
        Assert.Equal(1, nodes[0].PageNumber);
        var cover = PageText(document, 1);
        foreach (var node in nodes.Skip(1))
        {
            Assert.Contains(Squash(node.Title), PageText(document, node.PageNumber), StringComparison.Ordinal);
            // The contents line: the title, then its page number.
            Assert.Contains(Squash(node.Title) + node.PageNumber, cover, StringComparison.Ordinal);
        }

        var links = document.GetPage(1).GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        Assert.Equal(nodes.Count - 1, links.Count);
        // Headline figures are on the cover too.
        Assert.Contains("完成率", cover, StringComparison.Ordinal);
        Assert.Contains("序时进度:", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_last_section_shares_its_page_with_the_appendix()
    {
        // Q1 has no previous quarter: section 七 is one sentence and used to sit alone on a page.
        var report = new ReportBuilder(TimeProvider.System).BuildQuarterly(2024, 1, [Sample("wuhu-2024-q1.txt")]);
        using var document = PdfDocument.Open(Renderer.Render(report));

        var page = Enumerable.Range(2, document.NumberOfPages - 1).Single(p => PageText(document, p).Contains("七、较上季度变化", StringComparison.Ordinal));
        Assert.Contains("附录全部任务", PageText(document, page), StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_names_that_fit_their_column_are_never_broken_across_lines()
    {
        var sources = new[] { "wuhu-2024-q1.txt", "wuhu-2024-h1.html", "wuhu-2024-q3.txt" }.Select(Sample).ToList();
        var report = new ReportBuilder(TimeProvider.System).BuildQuarterly(2024, 3, sources);
        var names = report.Appendix.SelectMany(r => r.Units).Where(u => u.Length is > 2 and <= 8).Distinct().ToList();
        Assert.Contains("市退役军人事务局", names);

        using var document = PdfDocument.Open(Renderer.Render(report));
        var checkedNames = 0;
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            var text = string.Concat(letters.Select(l => l.Value));
            foreach (var name in names)
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    var baselines = letters.Skip(at).Take(name.Length).Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct().Count();
                    Assert.True(baselines == 1, $"{name} is broken across lines on page {page.Number}");
                    checkedNames++;
                }
            }
        }

        Assert.True(checkedNames > 20, $"only {checkedNames} names found");
    }
}
