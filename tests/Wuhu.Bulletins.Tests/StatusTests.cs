using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins.Tests;

public class StatusTests
{
    private static TaskStatus StatusOf(string task, string progress, bool fullYear = false)
    {
        var bulletin = fullYear
            ? Parse.Text(new TextBulletin("2023年度重点工作任务完成情况", "2023年全年完成情况").Row("1", task, "市发改委", progress))
            : Parse.Text(new TextBulletin().Row("1", task, "市发改委", progress));
        return Parse.Task(bulletin, 1).Status;
    }

    [Theory]
    [InlineData("已完成。")]
    [InlineData("已 完成。")]
    [InlineData("项目已建成并投用。")]
    [InlineData("年度任务全部完成。")]
    [InlineData("完成率100%。")]
    [InlineData("已于11月底完成验收。")]
    public void Completion_phrases_mean_completed(string progress) =>
        Assert.Equal(TaskStatus.Completed, StatusOf("推进某项工作。", progress));

    [Theory]
    [InlineData("各项工作正稳步推进中 。")]
    [InlineData("减排工作有序推进。")]
    [InlineData("正在 开展前期工作。")]
    [InlineData("加快推进项目建设。")]
    [InlineData("已完成80%。")]
    public void In_progress_phrases_mean_in_progress(string progress) =>
        Assert.Equal(TaskStatus.InProgress, StatusOf("推进某项工作。", progress));

    [Fact]
    public void Partly_done_partly_ongoing_is_in_progress() =>
        Assert.Equal(TaskStatus.InProgress, StatusOf("建设两个公园。", "甲公园正在有序推进。乙公园已全部建成。"));

    [Fact]
    public void Not_yet_completed_is_not_completed() =>
        Assert.Equal(TaskStatus.InProgress, StatusOf("建设体育馆。", "主体工程尚未完成。"));

    [Fact]
    public void A_full_year_target_clearly_missed_is_not_met() =>
        Assert.Equal(TaskStatus.NotMet, StatusOf("力争新增上市企业5家。", "全年新增4家上市企业。", fullYear: true));

    [Fact]
    public void A_quarterly_shortfall_is_not_not_met() =>
        Assert.NotEqual(TaskStatus.NotMet, StatusOf("力争新增上市企业5家。", "一季度新增1家上市企业。"));

    [Fact]
    public void Targets_all_met_without_a_phrase_mean_completed() =>
        Assert.Equal(TaskStatus.Completed, StatusOf("新增公共停车泊位3500个。", "新增公共停车泊位3847个。", fullYear: true));

    [Fact]
    public void A_narrative_without_any_cue_is_unknown() =>
        Assert.Equal(TaskStatus.Unclear, StatusOf("优化营商环境。", "召开专题会议三次,印发工作方案。"));
}
