using Xunit.Abstractions;
using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig;
using Wuhu.Reports.Model;
using Wuhu.Reports.Rendering;

namespace Wuhu.Reports.Tests;

public class RenderingReportTests(ITestOutputHelper output)
{
    private static readonly IReportRenderer Renderer = new SkiaPdfReportRenderer();

    private static string Squash(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static (int Pages, string Text, UglyToad.PdfPig.Content.DocumentInformation Info) Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.Append(string.Concat(page.Letters.Select(l => l.Value)));
        }

        return (document.NumberOfPages, Squash(text.ToString()), document.Information);
    }

    private static void AssertNoRadicals(string text)
    {
        var radicals = text.Where(c => c is >= '\u2E80' and <= '\u2FDF').Distinct().ToList();
        Assert.True(radicals.Count == 0, $"radical look-alikes in extracted text: {string.Concat(radicals)}");
    }

    [Fact]
    public void Synthetic_annual_report_extracts_every_task_exactly()
    {
        var report = RenderingTestData.SyntheticAnnual();
        var pdf = Renderer.Render(report);
        var (pages, text, info) = Read(pdf);

        Assert.InRange(pages, 8, 200);
        AssertNoRadicals(text);
        Assert.Contains("第1页/共" + pages + "页", text, StringComparison.Ordinal);
        Assert.Contains("第" + pages + "页/共" + pages + "页", text, StringComparison.Ordinal);
        foreach (var row in report.Appendix)
        {
            Assert.Contains(Squash(row.Text), text, StringComparison.Ordinal);
            Assert.Contains(Squash(row.Progress), text, StringComparison.Ordinal);
        }

        foreach (var phrase in new[] { "居民人均可支配收入", "7.4万人次", "28.62%", "蕪湖港、垾埂", "“徽动全球•出海芜优”", "第1页" })
        {
            Assert.Contains(phrase, text, StringComparison.Ordinal);
        }

        Assert.Equal(report.Metadata.Title, info.Title);
        Assert.Equal(report.Metadata.Author, info.Author);
        Assert.Equal(report.Metadata.Subject, info.Subject);
        Assert.Equal(report.Metadata.Keywords, info.Keywords);
        Assert.NotNull(info.CreationDate);
        Assert.True(pdf.Length < 1024 * 1024, $"{pdf.Length} bytes");
    }

    [Fact]
    public void Key_figures_and_section_titles_appear()
    {
        var report = RenderingTestData.SyntheticAnnual();
        var (_, text, _) = Read(Renderer.Render(report));
        foreach (var expected in new[] { "一、关键数据", "二、图表", "三、牵头单位完成情况", "四、需关注事项", "五、量化目标", "六、数据质量说明", "附录全部任务(129项)" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Contains("任务总数", text, StringComparison.Ordinal);
        Assert.Contains(report.Figures.Tasks.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains(report.Sources[0].Sha256, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarterly_report_shows_changes_since_the_previous_quarter()
    {
        var report = RenderingTestData.SyntheticQuarterly();
        Assert.NotNull(report.Changes);
        var (pages, text, info) = Read(Renderer.Render(report));

        Assert.Contains("七、较上季度变化", text, StringComparison.Ordinal);
        Assert.Contains("新完成的任务", text, StringComparison.Ordinal);
        Assert.Contains("新增任务", text, StringComparison.Ordinal);
        Assert.Contains("第" + pages + "页/共" + pages + "页", text, StringComparison.Ordinal);
        Assert.Equal(report.Metadata.Title, info.Title);
        foreach (var change in report.Changes!.StatusChanges)
        {
            Assert.Contains(Squash(change.Text), text, StringComparison.Ordinal);
        }

        AssertNoRadicals(text);
    }

    [Fact]
    public void Real_2023_bulletin_renders_small_and_extracts_exactly()
    {
        var report = RenderingTestData.RealAnnual();
        if (report is null)
        {
            return; // ../shared/samples is not on this machine; the synthetic tests cover the same ground.
        }

        // Speed is measured by the benchmarks (docs/benchmarks.md), not asserted here: a busy machine would fail it.
        var pdf = Renderer.Render(report);
        var (pages, text, info) = Read(pdf);
        output.WriteLine($"{report.Appendix.Count} tasks: {pages} pages, {pdf.Length} bytes");
        AssertNoRadicals(text);
        Assert.Equal(report.Metadata.Title, info.Title);
        foreach (var row in report.Appendix)
        {
            Assert.Contains(Squash(row.Text), text, StringComparison.Ordinal);
            Assert.Contains(Squash(row.Progress), text, StringComparison.Ordinal);
        }

        Assert.True(pdf.Length < 1024 * 1024, $"{pdf.Length} bytes");
        Assert.True(pages > 10, $"{pages} pages");
    }
}
