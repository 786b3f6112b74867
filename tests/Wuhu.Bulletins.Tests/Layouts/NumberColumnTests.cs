using System.Text;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests.Layouts;

/// <summary>The 2025 quarterly layout: header 工作任务 / 牵头责任单位 / 一季度进展情况 with no 序号 cell, rows still numbered.</summary>
public class NumberColumnTests
{
    private static TextBulletin NineTasks()
    {
        var b = new TextBulletin("2025年一季度重点工作任务进展情况", "一季度进展情况", numbered: false, remarks: false);
        string[] units = ["市发改委", "市住建局", "市财政局", "市教育局", "市卫健委", "市民政局", "市商务局", "市城管局", "市水务局"];
        for (var n = 1; n <= 9; n++)
        {
            b.Raw($"{n}", $"重点任务{n},新增项目{n * 10}个。", units[n - 1], $"已开工{n * 3}个,正在推进。");
        }

        return b;
    }

    [Fact]
    public void Numbered_rows_under_a_header_without_a_number_cell_stay_apart()
    {
        var b = Parse.Text(NineTasks());

        Assert.Equal(Enumerable.Range(1, 9), b.Tasks.Select(t => t.Number));
        Assert.All(b.Tasks, t => Assert.Single(t.LeadUnits));
        Assert.Equal("已开工9个,正在推进。", Parse.Task(b, 3).Progress);
        Assert.Equal("numberColumnFound", Assert.Single(b.Warnings).Code);
        Assert.Equal(WarningSeverity.Info, b.Warnings[0].Severity);
    }

    [Fact]
    public void Html_rows_one_cell_wider_than_the_header_shift_under_it()
    {
        var rows = string.Concat(Enumerable.Range(1, 3).Select(n => $"<tr><td>{n}</td><td>任务{n}。</td><td>市发改委</td><td>正在推进。</td></tr>"));
        var page = $"<html><head><title>2025年一季度重点工作任务进展情况</title></head><body><table><tr><th>工作任务</th><th>牵头责任单位</th><th>一季度进展情况</th></tr>{rows}</table></body></html>";

        var b = BulletinParser.Parse(Encoding.UTF8.GetBytes(page), "q1.html");

        Assert.Equal([1, 2, 3], b.Tasks.Select(t => t.Number));
        Assert.Equal(["任务1。", "任务2。", "任务3。"], b.Tasks.Select(t => t.Text));
        Assert.All(b.Tasks, t => Assert.Equal(["市发改委"], t.LeadUnits));
        Assert.DoesNotContain(b.Warnings, w => w.Code == "unplacedText");
    }

    [Fact]
    public void Rows_that_still_collapse_are_reported_never_silent()
    {
        // The first row has lost its number, so the rows cannot show a number column: everything lands in one task.
        var text = new TextBulletin("2025年一季度重点工作任务进展情况", "一季度进展情况", numbered: false, remarks: false)
            .Raw("重点任务1,新增项目10个。", "市发改委", "已开工3个,正在推进。")
            .Raw("2", "重点任务2,新增项目20个。", "市住建局", "已开工6个,正在推进。")
            .Raw("3", "重点任务3,新增项目30个。", "市财政局", "已开工9个。");

        var b = Parse.Text(text);

        var warning = Assert.Single(b.Warnings, w => w.Code == "suspectedMergedTasks");
        Assert.Contains("task 1", warning.Message);
        Assert.Contains("重点任务2", warning.Message);
        Assert.Equal(WarningSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void The_self_check_is_quiet_on_per_unit_progress()
    {
        var b = Parse.Text(new TextBulletin().Row("1", "任务。", "市发改委", "市财政局", "市发改委", "1.已完成。", "市财政局", "2.正在推进。"));
        Assert.DoesNotContain(b.Warnings, w => w.Code == "suspectedMergedTasks");
    }
}
