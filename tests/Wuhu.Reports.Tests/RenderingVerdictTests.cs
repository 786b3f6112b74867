using System.Text;
using UglyToad.PdfPig;
using Wuhu.Bulletins;
using Wuhu.Reports.Building;
using Wuhu.Reports.Model;
using Wuhu.Reports.Rendering;
using Wuhu.Testing;

namespace Wuhu.Reports.Tests;

/// <summary>Mid-year, an actual below the year's target is progress ("尚未达到"); only the full year can miss ("未达成").</summary>
public class RenderingVerdictTests
{
    private static string PdfText(ReportDocument report)
    {
        using var document = PdfDocument.Open(new SkiaPdfReportRenderer().Render(report));
        var text = new StringBuilder();
        foreach (var page in document.GetPages()) text.Append(string.Concat(page.Letters.Select(l => l.Value)));
        return text.ToString();
    }

    private static BulletinSource Sample(string name)
    {
        var path = Path.Combine(Samples.RepoSamples, name);
        return new BulletinSource(BulletinParser.ParseFile(path), new string('0', 64));
    }

    [Fact]
    public void A_quarterly_shortfall_reads_as_not_yet_reached()
    {
        var report = new ReportBuilder(TimeProvider.System).BuildQuarterly(2024, 1, [Sample("wuhu-2024-q1.txt")]);
        Assert.True(report.InterimFigures);
        Assert.Contains(report.Targets, t => t.Achieved == false);

        var text = PdfText(report);

        Assert.Contains("尚未达到", text);
        Assert.DoesNotContain("未达成", text);
        var html = new Wuhu.Reports.Html.HtmlReportRenderer().RenderText(report);
        Assert.Contains("尚未达到", html);
        Assert.DoesNotContain("未达成", html);
    }

    [Fact]
    public void A_full_year_shortfall_reads_as_missed()
    {
        var report = new ReportBuilder(TimeProvider.System).BuildAnnual(2024, [Sample("wuhu-2024-annual.txt")]);
        Assert.False(report.InterimFigures);

        var text = PdfText(report);

        Assert.Contains("未达成", text);
        Assert.DoesNotContain("尚未达到", text);
    }

    [Theory]
    [InlineData(true, true, "达成")]
    [InlineData(false, true, "尚未达到")]
    [InlineData(false, false, "未达成")]
    public void Verdict_labels(bool achieved, bool interim, string label) =>
        Assert.Equal(label, new TargetRow(1, "m", 10, achieved ? 10 : 5, "个", null, achieved).Verdict(interim).Label);
}
