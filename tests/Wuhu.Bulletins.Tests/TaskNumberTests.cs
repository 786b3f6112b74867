using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests;

public class TaskNumberTests
{
    [Theory]
    [InlineData("1 1 7", 117)]
    [InlineData("1 0", 10)]
    [InlineData("(8)", 8)]
    [InlineData("（8）", 8)]
    [InlineData("12 ", 12)]
    [InlineData("１２", 12)]
    [InlineData("3.", 3)]
    [InlineData("1 0 0 0 0", 10000)]
    public void Numbers_with_stray_spaces_parentheses_or_full_width_digits_parse(string printed, int expected)
    {
        var bulletin = Parse.Text(new TextBulletin()
            .Row("1", "第一项任务。", "市发改委", "正在推进。")
            .Row(printed, "另一项任务。", "市财政局", "正在推进。"));

        Assert.Equal([1, expected], bulletin.Tasks.Select(t => t.Number));
    }

    [Theory]
    [InlineData(" 1 2 ", 12)]
    [InlineData("（１２）", 12)]
    [InlineData("1 2 3 4 5 6", 123456)]
    [InlineData("0", null)]
    [InlineData("1 2 3 4 5 6 7", null)]
    [InlineData("1 2.培育", null)]
    [InlineData("１２３４５６７", null)]
    [InlineData("", null)]
    public void A_number_cell_is_read_without_its_spaces_or_not_at_all(string cell, int? expected)
    {
        var parsed = Normalization.TaskNumber.TryParse(cell, out var number);
        Assert.Equal(expected, parsed ? number : null);
    }

    [Fact]
    public void Missing_numbers_are_warned_not_silent()
    {
        var bulletin = Parse.Text(new TextBulletin()
            .Row("1", "任务一。", "市发改委", "正在推进。")
            .Row("3", "任务三。", "市财政局", "正在推进。"));

        var warning = Assert.Single(bulletin.Warnings);
        Assert.Equal("missingNumber", warning.Code);
        Assert.Contains("2", warning.Message);
    }

    [Fact]
    public void Duplicate_numbers_keep_both_rows_and_warn()
    {
        var bulletin = Parse.Text(new TextBulletin()
            .Row("1", "任务一。", "市发改委", "正在推进。")
            .Row("1", "重复编号的任务。", "市财政局", "已完成。"));

        Assert.Equal(2, bulletin.Tasks.Count);
        Assert.Contains(bulletin.Warnings, w => w.Code == "duplicateNumber" && w.Message.Contains("1"));
    }

    [Fact]
    public void Out_of_order_numbers_are_warned()
    {
        var bulletin = Parse.Text(new TextBulletin()
            .Row("2", "任务二。", "市发改委", "正在推进。")
            .Row("1", "任务一。", "市财政局", "正在推进。"));

        Assert.Contains(bulletin.Warnings, w => w.Code == "outOfOrderNumber");
        Assert.Equal([2, 1], bulletin.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void A_table_without_number_column_numbers_tasks_in_order_and_says_so()
    {
        var bulletin = Parse.Text(new TextBulletin(numbered: false)
            .Row(null, "任务甲。", "市发改委", "正在推进。")
            .Row(null, "任务乙。", "市财政局", "已完成。"));

        Assert.Equal([1, 2], bulletin.Tasks.Select(t => t.Number));
        Assert.Equal(["任务甲。", "任务乙。"], bulletin.Tasks.Select(t => t.Text));
        Assert.Contains(bulletin.Warnings, w => w.Code == "numbersAssigned");
    }
}
