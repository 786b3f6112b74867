using Xunit.Abstractions;
using static Wuhu.Bulletins.Tests.Messy.PrintedPage;

namespace Wuhu.Bulletins.Tests.Messy;

/// <summary>
/// Issue 12, item 2, for PDF: a bulletin page printed by Chromium over several pages — the header repeated, running
/// titles, page numbers, the browser's own header and footer, rows and cells broken at the page end — reads as one
/// table, with no header or page text in any task.
/// </summary>
public sealed class PdfPageBreakTests(ITestOutputHelper output)
{
    public static readonly Dictionary<string, PrintOptions> Printings = new()
    {
        ["running title and 第 n 页 共 m 页 in the margins"] = new PrintOptions { RunningTitle = Office, PageNumbers = true },
        ["Chromium's own header and footer"] = new PrintOptions { BrowserHeaderFooter = true },
        ["landscape, running title, page numbers and browser furniture"] = new PrintOptions { Landscape = true, RunningTitle = Office, PageNumbers = true, BrowserHeaderFooter = true },
        ["no borders, page numbers"] = new PrintOptions { Borders = false, PageNumbers = true },
    };

    public static TheoryData<string> PrintingNames => [.. Printings.Keys];

    [Theory]
    [MemberData(nameof(PrintingNames))]
    public void A_table_printed_over_several_pages_reads_as_one(string printing)
    {
        var tasks = Tasks(1, 14, paragraphs: 4);
        var pdf = Print(Preamble + Table(tasks), Printings[printing]);
        Assert.True(MessyPdf.Pages(pdf) >= 3);
        Assert.Contains("序号", MessyPdf.PageText(pdf, 2)); // the header is printed again on every page

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        MessyPdf.AssertNoTaskHolds(parsed, Office, Title, "序号", "牵头责任单位", "一季度工作进展", "file://");
        Assert.Empty(parsed.Warnings);
        Assert.Equal(Title, parsed.Title);
        MessyPdf.AssertEveryWordPlaced(pdf, parsed, output, Office, "file:///tmp", $"{Title}_芜湖市人民政府");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Table_pieces_with_page_noise_between_read_as_one(bool headerRepeated)
    {
        var first = Tasks(1, 4);
        var second = Tasks(5, 8);
        // What a conversion leaves where a page broke: the page number in the flow, the office and the title again.
        var body = Preamble + Table(first) + "<p style=\"text-align:center\">第 1 页 共 2 页</p>"
            + $"<div style=\"break-before:page\"></div><p>{Office}</p><h1>{Title}</h1>" + Table(second, header: headerRepeated)
            + "<p style=\"text-align:center\">第 2 页 共 2 页</p>";
        var pdf = Print(body);
        Assert.Equal(2, MessyPdf.Pages(pdf));

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected([.. first, .. second]), parsed);
        MessyPdf.AssertNoTaskHolds(parsed, Office, Title, "序号", "牵头责任单位");
        if (headerRepeated)
        {
            Assert.Empty(parsed.Warnings);
        }
        else
        {
            // Without a repeated header the office line above the rows is not known to be furniture: it is named, not read.
            var warning = Assert.Single(parsed.Warnings);
            Assert.Equal("unplacedText", warning.Code);
            Assert.Contains(Office, warning.Message);
        }

        MessyPdf.AssertEveryWordPlaced(pdf, parsed, output, Office);
    }

    [Fact]
    public void A_progress_cell_broken_across_the_page_end_stays_in_its_task()
    {
        var tasks = Tasks(1, 6, paragraphs: 3);
        string[] longProgress =
        [
            .. Enumerable.Range(1, 14).Select(i => $"城市更新第{i}批项目已完成入库审核,各县市区正在组织施工图设计和招标采购工作,整体进度符合预期。"),
            "2023",
            "年结转项目全部完工。",
            "1.",
            "老旧小区改造完成方案编制。",
            "2.背街小巷改造开工12条。",
        ];
        tasks[2] = Task(3, longProgress);
        var pdf = Print(Preamble + Table(tasks), new PrintOptions { RunningTitle = Office, PageNumbers = true });
        // The row starts on page 1 and its progress ends on page 2.
        Assert.Contains("城市更新第1批", MessyPdf.PageText(pdf, 1));
        Assert.Contains("背街小巷改造开工", MessyPdf.PageText(pdf, 2));
        Assert.DoesNotContain("背街小巷改造开工", MessyPdf.PageText(pdf, 1));

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        Assert.Equal(longProgress.Length, parsed.Tasks[2].Progress.Split('\n').Length);
        Assert.Empty(parsed.Warnings);
        MessyPdf.AssertEveryWordPlaced(pdf, parsed, output, Office);
    }

    [Theory]
    [InlineData("cover page")]
    [InlineData("note page")]
    public void Pages_without_a_table_before_it_are_not_read_as_rows(string before)
    {
        var tasks = Tasks(1, 6, paragraphs: 3);
        var page = before == "cover page"
            ? $"<div style=\"text-align:center;padding-top:200pt;font-size:22pt\">{Office}</div><div style=\"text-align:center;font-size:14pt\">督查通报</div><div style=\"text-align:center\">2024年4月</div>"
            : "<h2>说明</h2>" + string.Concat(Enumerable.Repeat("<p>本期通报各项重点工作任务进展情况,数据截至3月31日,请各牵头单位对照核实,如有出入请于5个工作日内反馈。</p>", 6));
        var pdf = Print($"<div style=\"break-after:page\">{page}</div>" + Preamble + Table(tasks), new PrintOptions { Landscape = before == "note page" });
        Assert.DoesNotContain("序号", MessyPdf.PageText(pdf, 1));

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        Assert.Equal((2024, 1), (parsed.Year, parsed.Quarter));
        Assert.Empty(parsed.Warnings);
    }

    /// <summary>Pages turned in a PDF tool (/Rotate): PdfPig gives their text running sideways; it is read turned back.</summary>
    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Pages_turned_by_their_rotate_entry_read_like_upright_pages(int degrees)
    {
        var tasks = Tasks(1, 10, paragraphs: 3);
        var upright = Print(Preamble + Table(tasks), new PrintOptions { RunningTitle = Office, PageNumbers = true });
        var turned = PdfEdits.RotatePages(upright, degrees);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(turned))
        {
            Assert.True(document.NumberOfPages >= 2);
            Assert.All(document.GetPages(), page => Assert.Equal(degrees, page.Rotation.Value));
        }

        var parsed = MessyPdf.Parse(turned, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        Assert.Equal(Title, parsed.Title);
        Assert.Empty(parsed.Warnings);
    }
}
