using Xunit.Abstractions;
using static Wuhu.Bulletins.Tests.Messy.PrintedPage;

namespace Wuhu.Bulletins.Tests.Messy;

/// <summary>
/// Issue 12, items 1 and 5, for PDF: footer words (合计, 附件, 备注, 相关文件, 主办单位) and number-like lines ("2023",
/// a list's "1.") inside cells neither end the table nor start a task; a web page's footer under the table ends it;
/// a total row is named, not folded into the last task; a row whose number cannot be read is its own task.
/// </summary>
public sealed class PdfTableEndTests(ITestOutputHelper output)
{
    /// <summary>Lines a cell may hold that look like a page footer or the end of a table.</summary>
    private static readonly string[] FooterLike = ["合计", "合计完成投资12.5亿元", "附件", "附件:项目清单", "备注", "备注:已列入年度计划", "相关文件:《芜湖市城市更新实施方案》", "主办单位:市发改委", "联系我们"];

    /// <summary>A paragraph wrapped over several lines: real progress cells have them, and they show the column's width.</summary>
    private const string Wide = "城市更新项目库已完成入库审核,各县市区正在组织施工图设计和招标采购工作,老旧小区改造、背街小巷整治和城中村改造提升同步推进,整体进度符合预期。";

    private static List<PrintedTask> WithFooterWords() =>
    [
        Task(1, "已召开专题推进会2次。", FooterLike[0], FooterLike[1], "正在推进。"),
        Task(2, FooterLike[2], FooterLike[3], "已完成年度目标的30%。"),
        Task(3, "已印发实施方案。", FooterLike[4], FooterLike[5]),
        Task(4, Wide),
        Task(5, FooterLike[6], FooterLike[7], "正在推进。"),
        // The last row ends with them: nothing after it, so only the cell structure says they are content.
        Task(6, "完成投资6亿元。", FooterLike[8], FooterLike[6]),
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Footer_words_inside_cells_do_not_end_the_table(bool borders)
    {
        var tasks = WithFooterWords();
        var pdf = Print(Preamble + Table(tasks), new PrintOptions { Borders = borders, PageNumbers = true });

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        Assert.Empty(parsed.Warnings);
        MessyPdf.AssertEveryWordPlaced(pdf, parsed, output);
    }

    [Fact]
    public void A_web_page_footer_under_the_table_ends_it_without_a_warning()
    {
        var tasks = Tasks(1, 5);
        var footer = "<p>【打印本页】【关闭窗口】</p><p>主办单位:芜湖市人民政府办公室 承办单位:芜湖市数据资源管理局</p><p>版权所有:芜湖市人民政府 网站标识码3402000001</p>";
        var pdf = Print(Preamble + Table(tasks) + footer, new PrintOptions { BrowserHeaderFooter = true });

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        MessyPdf.AssertNoTaskHolds(parsed, "打印本页", "版权所有", "主办单位");
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void A_note_and_a_signature_under_the_table_are_named_not_read_as_the_last_task()
    {
        var tasks = Tasks(1, 5);
        var after = "<p>注:以上数据为初步统计,以统计部门公布为准。</p><p style=\"text-align:right;margin-top:24pt\">芜湖市人民政府督查室</p><p style=\"text-align:right\">2024年4月20日</p>";
        var pdf = Print(Preamble + Table(tasks) + after);

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        Assert.Equal(3, parsed.Warnings.Count(w => w.Code == "unplacedText"));
        Assert.Contains(parsed.Warnings, w => w.Message.Contains("以上数据为初步统计"));
        Assert.Contains(parsed.Warnings, w => w.Message.Contains("2024年4月20日"));
        MessyPdf.AssertEveryWordPlaced(pdf, parsed, output);
    }

    [Fact]
    public void A_total_row_is_named_not_folded_into_the_last_task()
    {
        var tasks = Tasks(1, 5);
        var total = "<tr><td colspan=\"2\">合计</td><td></td><td>完成投资合计37.5亿元</td><td></td></tr>";
        var pdf = Print(Preamble + Table(tasks, extraRows: total));

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        var warning = Assert.Single(parsed.Warnings);
        Assert.Equal("otherTable", warning.Code);
        Assert.Contains("合计", warning.Message);
        MessyPdf.AssertNoTaskHolds(parsed, "合计", "37.5");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Number_like_lines_inside_progress_never_start_a_task(bool borders)
    {
        List<PrintedTask> tasks =
        [
            Task(1, "2023", "年结转项目全部完工。", "2024", "年新开工项目12个。"),
            Task(2, "1", "召开专题推进会3次。", "2", "印发工作方案。", "3", "建立工作台账。"),
            Task(3, "1.", "新增公共停车泊位620个。", "2.", "正在推进。"),
            Task(4, "12", "个项目已开工。", "(3)", "正在推进。"),
            Task(5, Wide, "5"),
            Task(6, "6", "已完成。"),
        ];
        var pdf = Print(Preamble + Table(tasks), new PrintOptions { Borders = borders });

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        Assert.Equal([1, 2, 3, 4, 5, 6], parsed.Tasks.Select(t => t.Number));
        Assert.Empty(parsed.Warnings);
    }

    [Theory]
    [InlineData("1a")]
    [InlineData("3-1")]
    [InlineData("?")]
    public void A_row_whose_number_cannot_be_read_is_its_own_task_and_reported(string printed)
    {
        var tasks = Tasks(1, 5);
        tasks[2] = tasks[2] with { NumberCell = printed };
        var pdf = Print(Preamble + Table(tasks));

        var parsed = MessyPdf.Parse(pdf, output);

        Assert.Equal(5, parsed.Tasks.Count);
        Assert.Equal(tasks[2].Text, parsed.Tasks[2].Text);
        Assert.Equal(tasks[1].Text, parsed.Tasks[1].Text);
        var warning = Assert.Single(parsed.Warnings);
        Assert.Equal("badNumber", warning.Code);
        Assert.Contains(printed, warning.Message);
    }
}
