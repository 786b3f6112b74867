using System.Text;
using UglyToad.PdfPig;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;
using Xunit.Abstractions;

namespace Wuhu.Bulletins.Tests;

/// <summary>PDF bulletins with a text layer: the table is rebuilt from word positions and parses like the text.</summary>
public class PdfFormatTests(ITestOutputHelper output)
{
    private static Bulletin Annual => BulletinParser.ParseFile(Path.Combine(SamplePaths.RepoSamples, "wuhu-2024-annual.txt"));

    private Bulletin ParsePdf(byte[] pdf, string name = "bulletin.pdf")
    {
        var bulletin = BulletinParser.Parse(pdf, name);
        foreach (var warning in bulletin.Warnings) output.WriteLine($"{warning.Code}: {warning.Message}");
        return bulletin;
    }

    private static void AssertSameTasks(Bulletin expected, Bulletin actual)
    {
        Assert.Equal(expected.Tasks.Select(t => t.Number), actual.Tasks.Select(t => t.Number));
        foreach (var (e, a) in expected.Tasks.Zip(actual.Tasks))
        {
            Assert.Equal(e.Text, a.Text);
            Assert.Equal(e.LeadUnits, a.LeadUnits);
            Assert.Equal(e.Progress, a.Progress);
            Assert.Equal(e.Remarks, a.Remarks);
            Assert.Equal(e.Section, a.Section);
        }

        Assert.Equal(expected.Tasks, actual.Tasks, new TaskComparer());
        Assert.Equal(expected.Period, actual.Period);
    }

    [Fact]
    public void The_annual_sample_printed_as_pdf_parses_to_the_same_tasks()
    {
        var reference = Annual;
        var pdf = PdfBulletin.Write(reference, new PdfLayout { PageNumbers = "第 {0} 页 共 {1} 页" });

        var parsed = ParsePdf(pdf);

        Assert.Equal(BulletinFormat.Pdf, parsed.Format);
        AssertSameTasks(reference, parsed);
        Assert.Equal((reference.Title, reference.PublishedOn, reference.Publisher), (parsed.Title, parsed.PublishedOn, parsed.Publisher));
    }

    /// <summary>Layouts that differ the way real PDFs do.</summary>
    public static readonly Dictionary<string, PdfLayout> Layouts = new()
    {
        ["plain"] = new PdfLayout(),
        ["short pages, repeated header, running title, - n -"] = new PdfLayout { PageHeight = 360, RunningTitle = "芜湖市人民政府督查室", PageNumbers = "- {0} -" },
        ["centred cells, no rules"] = new PdfLayout { CentreVertically = true, Rules = false, PageHeight = 520, PageNumbers = "第 {0} 页 共 {1} 页" },
        ["no 序号 header, header not repeated"] = new PdfLayout { NumberHeader = false, CentreHeader = false, RepeatHeader = false, PageHeight = 420, PageNumbers = "{0}/{1}" },
        ["narrow columns"] = new PdfLayout { ColumnWidths = [30, 104, 80, 170, 40], PageHeight = 600 },
    };

    public static TheoryData<string, string> SamplesAndLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(SamplePaths.RepoSamples).Order())
        {
            foreach (var layout in Layouts.Keys) data.Add(Path.GetFileName(file), layout);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesAndLayouts))]
    public void Every_sample_in_every_layout_parses_to_the_same_tasks_as_its_source(string sample, string layout)
    {
        var reference = BulletinParser.ParseFile(Path.Combine(SamplePaths.RepoSamples, sample));
        var pdf = PdfBulletin.Write(reference, Layouts[layout]);

        var parsed = ParsePdf(pdf, Path.ChangeExtension(sample, ".pdf"));

        AssertSameTasks(reference, parsed);
        Assert.Equal((reference.Title, reference.PublishedOn, reference.Publisher), (parsed.Title, parsed.PublishedOn, parsed.Publisher));
        // Page numbers, running titles and repeated headers are not text of the bulletin.
        Assert.DoesNotContain(parsed.Warnings, w => w.Code == "unplacedText");
        Assert.Equal(reference.Warnings.Select(w => w.Code).Where(c => c != "numbersAssigned"), parsed.Warnings.Select(w => w.Code));
    }

    private static readonly TextBulletin LongCell = new TextBulletin("2024年一季度重点工作任务进展情况", "一季度进展情况")
        .Row("1", "新增公共停车泊位3500个。", "市住建局", "新增公共停车泊位620个,正在推进。")
        .Row("2", "实施城市更新行动,推进老旧小区、背街小巷和城中村改造提升,完善社区养老托育等公共服务设施。", "市住建局", "市自然资源和规划局",
            string.Concat(Enumerable.Repeat("城市更新项目库已完成入库审核,各县市区正在组织施工图设计和招标采购工作,", 6)) + "整体进度符合预期。",
            "2.背街小巷改造完成方案编制。", "3.社区养老服务设施新建12处,正在推进。")
        .Row("3", "创建全国双拥模范城。", "市退役军人", "事务局", "已完成。");

    [Fact]
    public void A_cell_running_over_a_page_break_is_one_cell()
    {
        var reference = Parse.Text(LongCell);
        var pdf = PdfBulletin.Write(reference, new PdfLayout { PageHeight = 330, PageNumbers = "第 {0} 页 共 {1} 页" });
        using (var document = PdfDocument.Open(pdf))
        {
            // The long progress starts on page 1 and ends on page 2 (the layout splits the row as Word does).
            Assert.True(document.NumberOfPages >= 2);
            Assert.Contains("城市更新项目库", document.GetPage(1).Text);
            Assert.Contains("整体进度符合预期", string.Concat(document.GetPages().Skip(1).Select(p => p.Text)));
        }

        var parsed = ParsePdf(pdf);

        AssertSameTasks(reference, parsed);
        Assert.Equal(["市住建局", "市自然资源和规划局"], Parse.Task(parsed, 2).LeadUnits);
        Assert.Equal(3, Parse.Task(parsed, 2).Progress.Split('\n').Length);
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void Wrapped_cells_are_joined_back_into_their_paragraphs()
    {
        var reference = Parse.Text(LongCell);
        var pdf = PdfBulletin.Write(reference, new PdfLayout { ColumnWidths = [30, 90, 60, 150, 40] });
        using (var document = PdfDocument.Open(pdf))
        {
            // "市自然资源和规划局" does not fit 52 pt: it is printed over two lines (and so is the header "牵头责任单位").
            var printedLines = document.GetPage(1).Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).Select(g => string.Concat(g.Select(l => l.Value)));
            Assert.DoesNotContain(printedLines, line => line.Contains("市自然资源和规划局"));
            Assert.Contains(printedLines, line => line.Contains("市自然资源"));
        }

        var parsed = ParsePdf(pdf);

        AssertSameTasks(reference, parsed);
        Assert.Equal("市退役军人事务局", Parse.Task(parsed, 3).LeadUnits.Single());
    }

    [Fact]
    public void Text_under_the_table_is_reported_not_read_as_a_task()
    {
        var reference = Parse.Text(LongCell);
        var pdf = PdfBulletin.Write(reference, new PdfLayout { After = ["注:以上数据为初步统计,以统计部门公布为准。"] });

        var parsed = ParsePdf(pdf);

        AssertSameTasks(reference, parsed);
        var warning = Assert.Single(parsed.Warnings);
        Assert.Equal("unplacedText", warning.Code);
        Assert.Contains("以上数据为初步统计", warning.Message);
    }

    [Fact]
    public void A_scanned_pdf_is_rejected_saying_what_to_upload_instead()
    {
        var pdf = PdfBulletin.Write(Parse.Text(LongCell), new PdfLayout { Scanned = true });

        var rejection = Parse.Rejection(pdf, "scan.pdf");

        Assert.Equal("scannedPdf", rejection.Code);
        Assert.Contains("no text layer", rejection.Message.Replace("without a text layer", "no text layer"));
        Assert.Contains(".docx", rejection.Message);
        Assert.Contains("web page", rejection.Message);
    }

    [Fact]
    public void A_pdf_without_a_bulletin_table_is_rejected_as_no_table()
    {
        var text = new TextBulletin(progressHeader: "一季度进展情况").Row("1", "新增公共停车泊位3500个。", "市住建局", "正在推进。");
        var reference = Parse.Text(text);
        var pdf = PdfBulletin.Write(reference with { Tasks = [], ProgressHeader = "说明" }, new PdfLayout { After = [.. Enumerable.Repeat("本期工作总体平稳,各项任务有序推进,详见附件。", 5)] });

        Assert.Equal("noTable", Parse.Rejection(pdf, "letter.pdf").Code);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("header only")]
    public void A_damaged_pdf_is_a_coded_rejection(string damage)
    {
        var pdf = PdfBulletin.Write(Parse.Text(LongCell));
        byte[] bytes = damage switch
        {
            "truncated" => pdf[..(pdf.Length / 3)],
            "garbage" => [.. pdf[..16], .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251))],
            _ => "%PDF-1.7\n"u8.ToArray(),
        };

        var rejection = Parse.Rejection(bytes, "broken.pdf");

        Assert.Contains(rejection.Code, new[] { "corruptFile", "scannedPdf" });
        output.WriteLine($"{rejection.Code}: {rejection.Message}");
    }

    [Fact]
    public void A_pdf_with_more_pages_than_any_bulletin_is_refused()
    {
        using var stream = new MemoryStream();
        using (var document = SkiaSharp.SKDocument.CreatePdf(stream))
        {
            for (var i = 0; i < 501; i++)
            {
                document.BeginPage(200, 200);
                document.EndPage();
            }

            document.Close();
        }

        var rejection = Parse.Rejection(stream.ToArray(), "huge.pdf");

        Assert.Equal("tooManyPages", rejection.Code);
        Assert.Contains("500", rejection.Message);
    }

    [Fact]
    public void A_pdf_printed_by_chromium_parses_like_the_page_it_was_printed_from()
    {
        var fixtures = Path.Combine(SamplePaths.RepoRoot, "tests", "Wuhu.Bulletins.Tests", "Fixtures");
        var page = BulletinParser.ParseFile(Path.Combine(fixtures, "wuhu-2025-q2-chromium.html"));
        var pdfBytes = File.ReadAllBytes(Path.Combine(fixtures, "wuhu-2025-q2-chromium.pdf"));
        using (var document = PdfDocument.Open(pdfBytes))
        {
            Assert.Equal(2, document.NumberOfPages);
            Assert.StartsWith("Skia/PDF", document.Information.Producer);
        }

        var pdf = ParsePdf(pdfBytes, "wuhu-2025-q2-chromium.pdf");

        Assert.Equal(14, pdf.Tasks.Count);
        AssertSameTasks(page, pdf);
        // Chromium's print header ("11/25/26, 2:00 PM  title") is page furniture, not the title.
        Assert.Equal((page.Title, page.PublishedOn, page.Publisher), (pdf.Title, pdf.PublishedOn, pdf.Publisher));
        Assert.Empty(pdf.Warnings);
    }

    [Fact]
    public void A_password_protected_pdf_is_rejected_saying_so()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SamplePaths.RepoRoot, "tests", "Wuhu.Bulletins.Tests", "Fixtures", "password-protected.pdf"));

        var rejection = Parse.Rejection(bytes, "locked.pdf");

        Assert.Equal("encryptedPdf", rejection.Code);
        Assert.Contains("password", rejection.Message);
    }

    [Fact]
    public void A_long_synthetic_bulletin_parses_from_pdf_page_after_page()
    {
        var generated = Synthetic.SyntheticBulletin.Generate(300, 2025, 4, seed: 3);
        var reference = BulletinParser.Parse(Encoding.UTF8.GetBytes(Writing.BulletinWriter.Text(generated)), "synthetic.txt");
        var pdf = PdfBulletin.Write(reference, new PdfLayout { PageNumbers = "第 {0} 页 共 {1} 页", RunningTitle = "芜湖市重点工作任务" });
        BulletinParser.Parse(pdf, "warm-up.pdf");
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var parsed = ParsePdf(pdf, "synthetic.pdf");

        using var document = PdfDocument.Open(pdf);
        output.WriteLine($"{document.NumberOfPages} pages, {pdf.Length:N0} bytes, parsed in {stopwatch.ElapsedMilliseconds} ms (warm)");
        Assert.True(document.NumberOfPages > 20);
        Assert.Equal(Enumerable.Range(1, 300), parsed.Tasks.Select(t => t.Number));
        AssertSameTasks(reference, parsed);
        Assert.Empty(parsed.Warnings);
    }
}
