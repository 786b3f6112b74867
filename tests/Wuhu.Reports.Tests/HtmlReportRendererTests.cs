using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Wuhu.Bulletins.Model;
using Wuhu.Cli;
using Wuhu.Reports.Building;
using Wuhu.Reports.Html;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Tests;

/// <summary>The standalone HTML report: well-formed, every task's text, only local resources, the PDF's charts.</summary>
public sealed partial class HtmlReportRendererTests : IDisposable
{
    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("wuhu-html-report-");

    public void Dispose() => output.Delete(recursive: true);

    /// <summary>Strict mode turns every HTML parse error (bad nesting, stray end tag, bad character reference) into an exception.</summary>
    private static IDocument ParseStrict(string html) =>
        new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"(?i)\b(?:https?|ftp|wss?|file):|url\(\s*[""']?//|@import")]
    private static partial Regex NetworkReference();

    [Fact]
    public void Annual_report_is_well_formed_and_holds_every_task()
    {
        var report = RenderingTestData.SyntheticAnnual(129);

        var html = new HtmlReportRenderer().RenderText(report);

        var document = ParseStrict(html);
        Assert.Equal(report.Title, document.Title);
        var body = document.Body!.TextContent;
        var squeezed = Squeeze(body);
        foreach (var row in report.Appendix)
        {
            Assert.Contains(Squeeze(row.Text), squeezed);
            Assert.Contains(Squeeze(row.Progress), squeezed);
            Assert.All(row.Units, unit => Assert.Contains(unit, body));
        }

        var appendixRows = document.QuerySelectorAll("section.appendix tbody tr");
        Assert.Equal(129, appendixRows.Length);
        Assert.Equal(report.Appendix.Select(r => r.Number.ToString()), appendixRows.Select(r => r.Children[0].TextContent));
        Assert.Equal(report.Appendix.Select(r => r.StatusLabel), appendixRows.Select(r => r.Children[3].TextContent));
        foreach (var title in new[] { "一、关键数据", "二、图表", "三、牵头单位完成情况", "四、需关注事项", "五、量化目标", "六、数据质量说明", "附录 全部任务(129 项)" })
        {
            Assert.Contains(title, document.QuerySelectorAll("h2").Select(h => h.TextContent));
        }
    }

    [Fact]
    public void Html_references_no_network_url_and_only_fonts_written_next_to_it()
    {
        var report = RenderingTestData.SyntheticQuarterly();
        var html = new HtmlReportRenderer().RenderText(report);

        Assert.DoesNotMatch(NetworkReference(), html);
        var document = ParseStrict(html);
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed, [src]"));
        // The only links are the contents' links to the report's own sections.
        var links = document.QuerySelectorAll("[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["#section-1", "#section-2", "#section-3", "#section-4", "#section-5", "#section-6", "#section-7", "#appendix"], links);
        Assert.All(links, href => Assert.NotNull(document.GetElementById(href[1..])));

        // Every url(...) in the CSS is a font file that HtmlReportFonts writes beside the HTML.
        var urls = Regex.Matches(html, @"url\(""([^""]+)""\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, urls.Count);
        var written = HtmlReportFonts.WriteTo(Path.Combine(output.FullName, HtmlReportFonts.DefaultFolder));
        foreach (var url in urls)
        {
            Assert.False(Path.IsPathRooted(url), url);
            var file = new FileInfo(Path.Combine(output.FullName, url));
            Assert.True(file.Exists, $"{url} was not written");
            Assert.True(file.Length > 1_000_000, $"{url} is only {file.Length} bytes");
            Assert.Contains(file.FullName, written);
        }
    }

    [Theory]
    [InlineData("https://fonts.example.com/noto/")]
    [InlineData("//cdn.example.com/fonts")]
    public void A_font_folder_on_a_server_is_refused(string url)
    {
        // The second is protocol-relative: CSS would fetch it from that host all the same.
        var error = Assert.Throws<ArgumentException>(() => new HtmlReportRenderer(url));
        Assert.Contains(url, error.Message);
    }

    [Fact]
    public void Quarterly_report_has_the_three_charts_and_the_changes()
    {
        var report = RenderingTestData.SyntheticQuarterly();

        var document = ParseStrict(new HtmlReportRenderer().RenderText(report));

        var charts = document.QuerySelectorAll("svg.chart");
        Assert.Equal(["任务状态分布", "牵头单位任务数", "各季度任务状态"], charts.Select(c => c.GetAttribute("aria-label")));
        // Donut: one ring sector per status with tasks; unit bars: one label per unit shown (at most 15).
        Assert.Equal(report.StatusDistribution.Count(s => s.Count > 0), charts[0].QuerySelectorAll("path").Length);
        Assert.Equal(Math.Min(15, report.Units.Count), charts[1].QuerySelectorAll("text[text-anchor=end]").Length);
        // Quarter chart: a legend box per status present, then one bar segment per quarter and status with tasks.
        var present = StatusLabels.Ordered.Count(s => report.QuarterSeries.Any(q => q.Statuses.Count(s) > 0));
        var segments = report.QuarterSeries.Sum(q => StatusLabels.Ordered.Count(s => q.Statuses.Count(s) > 0));
        Assert.Equal(present + segments, charts[2].QuerySelectorAll("rect").Length);
        Assert.Contains("七、较上季度变化", document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.NotNull(report.Changes);
        Assert.Contains(report.Changes!.PreviousPeriodLabel, document.Body!.TextContent);
    }

    [Fact]
    public void Markup_in_task_text_stays_text()
    {
        var hostile = "<script>alert(\"x\")</script> & <b>粗</b> \"引号\"";
        var bulletin = new Bulletin
        {
            Source = "hostile.txt",
            Format = BulletinFormat.Text,
            Year = 2023,
            Quarter = 4,
            FullYear = true,
            Tasks =
            [
                new BulletinTask { Number = 1, Text = hostile, LeadUnits = ["市<发改委>"], Progress = "第一段\n第二段 </td></tr>", Remarks = "备注&amp;",
                    ProgressByUnit = [], Status = Bulletins.Model.TaskStatus.InProgress, Targets = [] },
            ],
            Warnings = [],
        };
        var report = RenderingTestData.Builder().BuildAnnual(2023, [new BulletinSource(bulletin, new string('d', 64))]);

        var document = ParseStrict(new HtmlReportRenderer().RenderText(report));

        Assert.Empty(document.QuerySelectorAll("script, td b"));
        var row = document.QuerySelector("section.appendix tbody tr")!;
        Assert.Equal(hostile, row.Children[1].TextContent);
        Assert.Equal("市<发改委>", row.Children[2].TextContent);
        Assert.Equal("判定依据:未记录判定依据(旧数据)。", row.Children[4].QuerySelector(".basis")!.TextContent);
        Assert.EndsWith("第一段\n第二段 </td></tr>\n备注:备注&amp;", row.Children[4].TextContent);
    }

    [Fact]
    public void Real_2023_bulletin_renders_every_task()
    {
        if (RenderingTestData.RealAnnual() is not { } report)
        {
            return; // ../shared/samples is not on this machine
        }

        var document = ParseStrict(new HtmlReportRenderer().RenderText(report));

        var squeezed = Squeeze(document.Body!.TextContent);
        Assert.Equal(report.Appendix.Count, document.QuerySelectorAll("section.appendix tbody tr").Length);
        Assert.All(report.Appendix, row => Assert.Contains(Squeeze(row.Text), squeezed));
        Assert.All(report.Appendix, row => Assert.Contains(Squeeze(row.Progress), squeezed));
    }

    [Fact]
    public async Task Report_command_writes_html_with_its_fonts_beside_the_pdf()
    {
        var root = typeof(HtmlReportRendererTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WuhuRepoRoot").Value!;
        var sample = new FileInfo(Path.Combine(root, "samples", "wuhu-2024-annual.txt"));
        var pdf = new FileInfo(Path.Combine(output.FullName, "r.pdf"));
        var htmlFile = new FileInfo(Path.Combine(output.FullName, "html", "r.html"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await ReportCommand.RunAsync(
            new ReportCommand.ReportRequest(2024, null, pdf, htmlFile),
            _ => Task.FromResult(ReportFileSources.Load([sample])),
            new Rendering.SkiaPdfReportRenderer(),
            stdout,
            stderr);

        Assert.Equal("", stderr.ToString());
        Assert.Equal(0, code);
        Assert.True(pdf.Exists);
        Assert.Contains(htmlFile.FullName, stdout.ToString());
        var document = ParseStrict(File.ReadAllText(htmlFile.FullName));
        Assert.Equal("芜湖市2024年度重点工作任务完成情况报告", document.Title);
        foreach (var font in new[] { HtmlReportFonts.RegularFile, HtmlReportFonts.BoldFile })
        {
            Assert.True(File.Exists(Path.Combine(htmlFile.DirectoryName!, HtmlReportFonts.DefaultFolder, font)), font);
        }

        var squeezed = Squeeze(document.Body!.TextContent);
        Assert.All(Bulletins.BulletinParser.ParseFile(sample.FullName).Tasks, task => Assert.Contains(Squeeze(task.Text), squeezed));
    }
}
