namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 2 (text): a page break inside the table prints page numbers, the title and the header again
/// between rows; the table reads as one, with no header or page text in any task.
/// </summary>
public sealed class PageBreakTextTests
{
    public static TheoryData<string[]> Breaks => new()
    {
        new[] { "第 1 页 共 2 页" },
        new[] { "第1页/共2页", "2024年一季度重点工作任务进展情况" },
        new[] { "- 1 -" },
        new[] { "1/2", "首页 > 政务公开 > 重点工作" },
        new[] { "Page 1 of 2" },
        new[] { "共2页 第1页", "2024年一季度重点工作任务进展情况", "2024-04-18 09:30 来源: 芜湖市政府督查室" },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public void A_page_break_with_the_header_repeated_reads_as_one_table(string[] noise)
    {
        foreach (var repeatHeader in new[] { true, false })
        {
            var table = new TextTable().Rows(1, 3).Raw(noise);
            if (repeatHeader) table.Header();
            var bulletin = table.Rows(4, 6).WithFooter().Parse();

            Assert.Equal([1, 2, 3, 4, 5, 6], bulletin.Tasks.Select(t => t.Number));
            Assert.Equal(TextTable.Progress(3), bulletin.Tasks[2].Progress);
            Assert.Null(bulletin.Tasks[2].Remarks);
            Assert.Empty(bulletin.Warnings);
        }
    }

    [Fact]
    public void A_page_break_inside_a_row_keeps_the_row_whole()
    {
        var bulletin = new TextTable().Rows(1, 2)
            .Row(3, "第一段进展。", "第 1 页 共 2 页", "2024年一季度重点工作任务进展情况", "第二段进展。")
            .Rows(4, 5).WithFooter().Parse();

        Assert.Equal(5, bulletin.Tasks.Count);
        Assert.Equal("第一段进展。\n第二段进展。", bulletin.Tasks[2].Progress);
    }

    [Fact]
    public void A_header_repeated_in_a_table_without_numbers_is_not_a_task()
    {
        var table = new TextTable(numbered: false).Rows(1, 3).Raw("第 1 页 共 2 页").Header(numbered: false);
        var bulletin = table.Rows(4, 5).WithFooter().Parse();

        Assert.Equal(5, bulletin.Tasks.Count);
        Assert.DoesNotContain(bulletin.Tasks, t => t.Text.Contains("工作任务") || t.Progress.Contains("进展情况"));
    }
}
