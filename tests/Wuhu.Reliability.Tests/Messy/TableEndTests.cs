using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 1: footer words ("相关文件", "版权所有", "联系我们"…) end a text table only after its last complete
/// row, never inside a cell; anything that looks like more rows after the end is read or named in a warning.
/// </summary>
public sealed class TableEndTests
{
    /// <summary>Cell text that carries a footer word.</summary>
    public static TheoryData<string> FooterWordLines =>
    [
        "已出台相关文件2份,正在推进。",
        "已出台相关文件2份,正在推进",
        "相关文件",
        "相关链接:市政府网站专栏",
        "联系我们:0553-1234567",
        "上一篇",
        "版权所有",
        "扫一扫",
        "【打印本页】",
        "主办单位:市发改委",
    ];

    [Fact]
    public void The_known_case_a_progress_line_naming_related_files_keeps_all_five_tasks()
    {
        var bulletin = new TextTable()
            .Row(1).Row(2, "已出台相关文件2份,正在推进。").Rows(3, 5).WithFooter()
            .Parse();

        Assert.Equal([1, 2, 3, 4, 5], bulletin.Tasks.Select(t => t.Number));
        Assert.Equal("已出台相关文件2份,正在推进。", bulletin.Tasks[1].Progress);
        Assert.Equal(TextTable.TaskText(5), bulletin.Tasks[4].Text);
    }

    [Theory]
    [MemberData(nameof(FooterWordLines))]
    public void A_footer_word_inside_a_middle_row_is_cell_text(string line)
    {
        foreach (var remarks in new[] { true, false })
        {
            var bulletin = new TextTable(remarks: remarks).Row(1).Row(2, TextTable.Progress(2), line).Rows(3, 5).WithFooter().Parse();

            Assert.Equal([1, 2, 3, 4, 5], bulletin.Tasks.Select(t => t.Number));
            Assert.Contains(line.Replace(" ", ""), bulletin.Tasks[1].Progress.Replace(" ", ""));
            AssertNoFooterInTasks(bulletin, except: line);
        }
    }

    [Theory]
    [MemberData(nameof(FooterWordLines))]
    public void A_footer_word_inside_the_last_row_is_cell_text(string line)
    {
        var bulletin = new TextTable().Rows(1, 4).Row(5, TextTable.Progress(5), line).WithFooter().Parse();

        Assert.Equal(5, bulletin.Tasks.Count);
        Assert.Contains(line.Replace(" ", ""), bulletin.Tasks[4].Progress.Replace(" ", ""));
        AssertNoFooterInTasks(bulletin, except: line);
    }

    [Fact]
    public void A_sentence_with_a_footer_word_in_the_last_row_of_a_table_without_remarks_is_cell_text()
    {
        var bulletin = new TextTable(remarks: false).Rows(1, 4).Row(5, TextTable.Progress(5), "已出台相关文件2份,正在推进。").WithFooter().Parse();

        Assert.Equal(5, bulletin.Tasks.Count);
        Assert.EndsWith("已出台相关文件2份,正在推进。", bulletin.Tasks[4].Progress);
    }

    [Fact]
    public void The_real_footer_ends_the_table_and_none_of_it_is_in_a_task()
    {
        var bulletin = new TextTable().Rows(1, 5).WithFooter().Raw("网站地图", "联系我们", "皖公网安备 34020202000123号").Parse();

        Assert.Equal(5, bulletin.Tasks.Count);
        AssertNoFooterInTasks(bulletin);
        Assert.DoesNotContain(bulletin.Warnings, w => w.Code is "textAfterTable" or "otherTable");
    }

    [Fact]
    public void Rows_after_a_footer_line_are_read_and_the_footer_is_not_a_task_field()
    {
        var bulletin = new TextTable().Rows(1, 3).Raw("【打印本页】【关闭窗口】").Rows(4, 6).WithFooter().Parse();

        Assert.Equal([1, 2, 3, 4, 5, 6], bulletin.Tasks.Select(t => t.Number));
        AssertNoFooterInTasks(bulletin);
    }

    [Fact]
    public void Numbered_rows_after_the_end_that_are_not_read_are_named_in_a_warning()
    {
        // A second list numbered from 1 again after the footer: not more rows of this table, but not silently gone.
        var bulletin = new TextTable().Rows(1, 5).WithFooter().Raw("1", "推进其他事项建设", "市财政局", "已完成。").Parse();

        Assert.Equal(5, bulletin.Tasks.Count);
        var warning = Assert.Single(bulletin.Warnings, w => w.Code == "textAfterTable");
        Assert.Contains("1 numbered row(s)", warning.Message);
    }

    [Fact]
    public void Another_table_after_the_end_is_named_in_a_warning()
    {
        var other = new TextTable().Rows(1, 2).ToString();
        var text = new TextTable().Rows(1, 5).WithFooter() + "附件2\n\n" + other[other.IndexOf("  序号", StringComparison.Ordinal)..];
        var bulletin = BulletinParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "two.txt");

        Assert.Equal(5, bulletin.Tasks.Count);
        var warning = Assert.Single(bulletin.Warnings, w => w.Code == "otherTable");
        Assert.Contains("序号 | 工作任务 | 牵头责任单位", warning.Message);
    }

    [Fact]
    public void An_annex_table_right_after_the_last_row_without_a_footer_is_named_not_folded_into_the_last_task()
    {
        var bulletin = new TextTable().Rows(1, 5).Raw("附件2", "序号", "项目名称", "总投资(亿元)", "1", "轨道交通3号线", "120").WithFooter().Parse();

        Assert.Equal(5, bulletin.Tasks.Count);
        Assert.Equal(TextTable.Progress(5), bulletin.Tasks[4].Progress);
        Assert.Equal("附件2", bulletin.Tasks[4].Remarks); // the line before the annex stays visible
        Assert.Contains("序号 | 项目名称 | 总投资(亿元)", Assert.Single(bulletin.Warnings, w => w.Code == "otherTable").Message);
    }

    private static void AssertNoFooterInTasks(Bulletin bulletin, string? except = null)
    {
        foreach (var task in bulletin.Tasks)
        {
            var fields = string.Join("\n", task.Text, task.Progress, task.Remarks, string.Join("、", task.LeadUnits));
            foreach (var footer in TextTable.Footer.Where(f => except is null || !except.Contains(f)))
            {
                Assert.DoesNotContain(footer.Replace(" ", ""), fields.Replace(" ", ""));
            }
        }
    }
}
