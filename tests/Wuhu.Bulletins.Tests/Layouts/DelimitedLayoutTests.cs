using System.Text;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests.Layouts;

public class DelimitedLayoutTests
{
    private static Bulletin ParseBytes(string text, string name = "paste.txt") => BulletinParser.Parse(Encoding.UTF8.GetBytes(text), name);

    [Fact]
    public void An_excel_paste_with_quoted_multi_line_cells_and_crlf_parses()
    {
        // What Excel puts on the clipboard: CRLF between rows, LF inside a cell, such cells quoted, "" for a quote.
        var paste = "2024年一季度重点工作任务进展情况\t\t\t\t\r\n"
            + "序号\t工作任务\t牵头责任单位\t一季度进展情况\t备注\r\n"
            + "一、扩大有效需求\t\t\t\t\r\n"
            + "1\t新增公共停车泊位3500个。\t\"市住建局\n市城管局\"\t\"1.新增泊位620个。\n2.打造“智慧停车”平台,\"\"一键找位\"\"已上线。\"\t\r\n"
            + "2\t创建全国双拥模范城。\t市退役军人事务局\t正在推进。\t跨年度\r\n";

        var b = ParseBytes(paste);

        Assert.Equal(BulletinLayout.TabSeparated, b.Layout);
        Assert.Equal("2024年一季度重点工作任务进展情况", b.Title);
        Assert.Equal((2024, 1), (b.Year, b.Quarter));
        Assert.Equal(["市住建局", "市城管局"], Parse.Task(b, 1).LeadUnits);
        Assert.Equal("1.新增泊位620个。\n2.打造“智慧停车”平台,\"一键找位\"已上线。", Parse.Task(b, 1).Progress);
        Assert.Equal("一、扩大有效需求", Parse.Task(b, 1).Section);
        Assert.Equal("跨年度", Parse.Task(b, 2).Remarks);
        Assert.Empty(b.Warnings);
    }

    [Fact]
    public void A_typed_tab_table_continues_a_cell_on_a_line_without_tabs()
    {
        var typed = "2024年一季度重点工作任务进展情况\n序号\t工作任务\t牵头责任单位\t一季度进展情况\n"
            + "1\t新增公共停车泊位3500个。\t市住建局\t新增泊位620个。\n正在推进。\n"
            + "2\t创建全国双拥模范城。\t市退役军人事务局\t已完成。\n";

        var b = ParseBytes(typed);

        Assert.Equal("新增泊位620个。\n正在推进。", Parse.Task(b, 1).Progress);
        Assert.Equal(2, b.Tasks.Count);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_pipe_table_from_a_web_page_parses(bool outerPipes, bool separator)
    {
        string Row(params string[] cells) => outerPipes ? $"| {string.Join(" | ", cells)} |" : string.Join(" | ", cells);
        var lines = new List<string> { "2024年一季度重点工作任务进展情况", "", Row("序号", "工作任务", "牵头责任单位", "责任单位", "一季度进展情况") };
        if (separator) lines.Add(Row("---", ":---", "---", "---", "---:"));
        lines.Add(Row("1", "新增公共停车泊位3500个。", "市住建局", "市城管局<br>市财政局", "1.新增泊位620个。<br/>2.A\\|B两区已开工。"));
        lines.Add(Row("2", "创建全国双拥模范城。", "市退役军人事务局", "", "已完成。"));

        var b = ParseBytes(string.Join("\n", lines));

        Assert.Equal(BulletinLayout.PipeTable, b.Layout);
        Assert.Equal(["市住建局"], Parse.Task(b, 1).LeadUnits);
        Assert.Equal(["市城管局", "市财政局"], Parse.Task(b, 1).PartnerUnits);
        Assert.Equal("1.新增泊位620个。\n2.A|B两区已开工。", Parse.Task(b, 1).Progress);
        Assert.Empty(Parse.Task(b, 2).PartnerUnits);
        Assert.Empty(b.Warnings);
    }

    [Fact]
    public void A_pipe_row_broken_over_lines_continues_until_its_closing_pipe()
    {
        var text = "2024年一季度重点工作任务进展情况\n| 序号 | 工作任务 | 牵头责任单位 | 一季度进展情况 |\n"
            + "| 1 | 新增公共停车泊位3500个。 | 市住建局 | 新增泊位620个。\n正在推进。 |\n"
            + "| 2 | 创建全国双拥模范城。 | 市退役军人事务局 | 已完成。 |\n";

        var b = ParseBytes(text);

        Assert.Equal("新增泊位620个。\n正在推进。", Parse.Task(b, 1).Progress);
        Assert.Equal("已完成。", Parse.Task(b, 2).Progress);
    }
}
