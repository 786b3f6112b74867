using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests;

public class ProgressTests
{
    [Fact]
    public void Progress_attributed_per_unit_keeps_pairs_and_the_whole_text()
    {
        var bulletin = Parse.Text(new TextBulletin().Row("1", "深化政务服务改革。",
            "市数据资源局", "新增事项32项,已全部完成。",
            "市政务服务中心", "可网办率100%,已完成。"));

        var task = Parse.Task(bulletin, 1);
        Assert.Equal(["市数据资源局", "市政务服务中心"], task.LeadUnits);
        Assert.Equal(
            [new("市数据资源局", "新增事项32项,已全部完成。"), new("市政务服务中心", "可网办率100%,已完成。")],
            task.ProgressByUnit);
        Assert.Contains("新增事项32项", task.Progress);
        Assert.Contains("可网办率100%", task.Progress);
    }

    [Fact]
    public void Unit_prefixed_progress_lines_are_attributed()
    {
        var bulletin = Parse.Text(new TextBulletin().Row("1", "推动减排。", "市发改委", "市生态环境局",
            "市发改委:按月分析能耗。", "市生态环境局:减排工作有序推进。"));

        var task = Parse.Task(bulletin, 1);
        Assert.Equal([new("市发改委", "按月分析能耗。"), new("市生态环境局", "减排工作有序推进。")], task.ProgressByUnit);
    }

    [Fact]
    public void Multi_paragraph_progress_normalizes_item_numbers()
    {
        var bulletin = Parse.Text(new TextBulletin().Row("1", "开展整治。", "市农业农村局",
            "1.开展村庄清洁行动。", "2..完成整治村庄46个。", "3 .持续推进厕所革命。"));

        Assert.Equal("1.开展村庄清洁行动。\n2.完成整治村庄46个。\n3.持续推进厕所革命。", Parse.Task(bulletin, 1).Progress);
    }

    [Fact]
    public void Stray_spaces_inside_words_are_removed_but_latin_words_keep_theirs()
    {
        var bulletin = Parse.Text(new TextBulletin().Row("1", "提升社区卫生服务 标准 化率。", "市卫健委",
            "已 完成 ,惠及7.4万 人 次。", "GDP growth 稳定。"));

        var task = Parse.Task(bulletin, 1);
        Assert.Equal("提升社区卫生服务标准化率。", task.Text);
        Assert.Equal("已完成,惠及7.4万人次。\nGDP growth稳定。", task.Progress);
    }

    [Fact]
    public void Whitespace_only_remark_lines_leave_remarks_empty()
    {
        var bulletin = Parse.Text(new TextBulletin().Row("1", "任务。", "市发改委", "已完成。"));

        Assert.Null(Parse.Task(bulletin, 1).Remarks);
    }

    [Fact]
    public void A_remark_after_an_empty_progress_cell_is_kept_as_remark()
    {
        var text = new TextBulletin()
            .Raw("1", "任务一。", "市发改委", TextBulletin.EmptyCell.Trim(' '), "年中调整")
            .Row("2", "任务二。", "市财政局", "正在推进。");

        var bulletin = Parse.Text(text);

        Assert.Equal("年中调整", Parse.Task(bulletin, 1).Remarks);
        Assert.Equal("", Parse.Task(bulletin, 1).Progress);
        Assert.Contains(bulletin.Warnings, w => w.Code == "noProgress" && w.Message.Contains("task 1"));
    }

    [Fact]
    public void Section_heading_rows_become_the_tasks_section()
    {
        var bulletin = Parse.Text(new TextBulletin()
            .Raw("一、扩大有效需求")
            .Row("1", "任务一。", "市发改委", "正在推进。")
            .Raw("(二)提升治理效能")
            .Row("2", "任务二。", "市财政局", "正在推进。"));

        Assert.Equal(["一、扩大有效需求", "(二)提升治理效能"], bulletin.Tasks.Select(t => t.Section));
    }

    [Fact]
    public void Every_line_of_the_table_lands_in_a_field_or_a_warning()
    {
        var text = new TextBulletin()
            .Raw("表格说明:以下为一季度情况")
            .Row("1", "新建健身步道90公里。", "市体育局", "1.完成40公里。", "2.正在推进。")
            .Row("2", "完成55个菜市改造升级。", "市商务局", "已完成。");

        var bulletin = Parse.Text(text);

        var placed = string.Join("\n", bulletin.Tasks.SelectMany(t => new[] { t.Text, t.Progress, t.Remarks ?? "" }.Concat(t.LeadUnits))
            .Concat(bulletin.Warnings.Select(w => w.Message)));
        foreach (var line in new[] { "表格说明:以下为一季度情况", "新建健身步道90公里。", "市体育局", "1.完成40公里。", "2.正在推进。", "完成55个菜市改造升级。", "市商务局", "已完成。" })
        {
            Assert.Contains(line, placed);
        }

        Assert.Contains(bulletin.Warnings, w => w.Code == "unplacedText");
    }
}
