using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Status;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins.Tests;

/// <summary>Each named status rule on text written for it (not taken from the labelled bulletins).</summary>
public class StatusRuleTests
{
    private static readonly ReportingPeriod FullYear = new(2025, 4, true);
    private static readonly ReportingPeriod Q1 = new(2025, 1, false);
    private static readonly ReportingPeriod H1 = new(2025, 2, false);
    private static readonly ReportingPeriod Q3 = new(2025, 3, false);

    private static StatusJudgement Judge(string task, string progress, ReportingPeriod period) =>
        StatusClassifier.Judge(task, progress, TargetExtractor.Extract(task, progress), period);

    private static void Expect(TaskStatus status, string rule, StatusJudgement judgement) =>
        Assert.Equal((status, rule), (judgement.Status, judgement.Basis.Rule));

    [Theory]
    [InlineData("建成城东污水处理厂。", "主体工程因征地问题顺延至明年。", "顺延")]
    [InlineData("完成农贸市场改造12个。", "受资金影响,项目未完成。", "未完成")]
    public void StatedShortfall_full_year_is_not_met(string task, string progress, string phrase)
    {
        var judgement = Judge(task, progress, FullYear);
        Expect(TaskStatus.NotMet, "statedShortfall", judgement);
        Assert.Contains(phrase, judgement.Basis.Phrase);
    }

    [Fact]
    public void StatedShortfall_in_a_quarter_is_behind() =>
        Expect(TaskStatus.Behind, "statedShortfall", Judge("建成城东污水处理厂。", "项目进展缓慢,正在协调。", H1));

    [Fact]
    public void TargetMissed_below_95_percent_is_not_met()
    {
        var judgement = Judge("新增社区食堂40个。", "全年新增社区食堂35个。", FullYear);
        Expect(TaskStatus.NotMet, "targetMissed", judgement);
        Assert.Equal((40m, 35m, 0.875m), (judgement.Basis.Comparison!.Target, judgement.Basis.Comparison.Actual, judgement.Basis.Comparison.Share));
    }

    [Fact]
    public void TargetMissed_above_a_ceiling_is_not_met() =>
        Expect(TaskStatus.NotMet, "targetMissed", Judge("城镇调查失业率控制在5%以内。", "城镇调查失业率5.4%。", FullYear));

    [Fact]
    public void ScheduleBehind_compares_a_cumulative_count_with_the_quarter_share()
    {
        var judgement = Judge("新建充电桩2000个。", "一季度新建充电桩300个。", Q1);
        Expect(TaskStatus.Behind, "scheduleBehind", judgement);
        Assert.Equal((0.15m, 0.25m), (judgement.Basis.Comparison!.Share, judgement.Basis.Comparison.ExpectedShare));
    }

    [Fact]
    public void ScheduleBehind_compares_a_rate_directly_whatever_the_quarter() =>
        Expect(TaskStatus.Behind, "scheduleBehind", Judge("农村自来水普及率达到98%。", "农村自来水普及率89%。", Q1));

    [Fact]
    public void PreparationOnly_in_a_quarter_is_behind() =>
        Expect(TaskStatus.Behind, "preparationOnly", Judge("改造背街小巷30条。", "完成改造方案设计,正在招标。", Q1));

    [Theory]
    [InlineData("完成全年投资目标的46%,按序时推进。", TaskStatus.InProgress)]
    [InlineData("已完成年度计划的31%。", TaskStatus.Behind)]
    [InlineData("年度任务完成率达100%。", TaskStatus.Completed)]
    public void StatedShare_is_compared_with_the_time_elapsed(string progress, TaskStatus status) =>
        Expect(status, "statedShare", Judge("完成重点项目投资120亿元。", progress, H1));

    [Fact]
    public void StatedShare_at_year_end_below_95_percent_is_not_met() =>
        Expect(TaskStatus.NotMet, "statedShare", Judge("完成重点项目投资120亿元。", "全年完成年度投资计划的88%。", FullYear));

    [Theory]
    [InlineData("项目尚未开工。")]
    [InlineData("因规划调整暂缓实施。")]
    [InlineData("进度滞后于计划。")]
    public void StatedShortfall_words_of_delay(string progress) =>
        Expect(TaskStatus.Behind, "statedShortfall", Judge("开工建设城北水厂。", progress, Q1));

    [Fact]
    public void PartialYearOnly_in_a_full_year_bulletin_is_unclear() =>
        Expect(TaskStatus.Unclear, "partialYearOnly", Judge("社会消费品零售总额增长7%。", "1-9月,全市社会消费品零售总额增长6.2%。", FullYear));

    [Fact]
    public void DeliverableUnderway_at_year_end_is_in_progress() =>
        Expect(TaskStatus.InProgress, "deliverableUnderway", Judge("建成市图书馆新馆、市档案馆。", "市图书馆新馆已建成开放,市档案馆正在进行内部装修。", FullYear));

    [Fact]
    public void DeliverableUnderway_sees_an_opening_still_being_pushed_for() =>
        Expect(TaskStatus.InProgress, "deliverableUnderway", Judge("开工建设滨江大道三期。", "积极推进滨江大道三期项目开工建设。", FullYear));

    [Fact]
    public void TargetNear_at_95_to_100_percent_is_in_progress() =>
        Expect(TaskStatus.InProgress, "targetNear", Judge("新增城镇就业4万人。", "全年新增城镇就业3.9万人。", FullYear));

    [Theory]
    [InlineData("建成市民健身中心。", "市民健身中心于10月建成开放。")]
    [InlineData("出台支持民营企业发展若干措施。", "印发《关于支持民营企业发展的若干措施》。")]
    [InlineData("实现中小学食堂明厨亮灶全覆盖。", "全市中小学食堂实现明厨亮灶全覆盖。")]
    [InlineData("办好第二届龙舟邀请赛。", "6月成功举办第二届龙舟邀请赛。")]
    [InlineData("打造省级特色街区8个。", "新认定省级特色街区8家。")] // 家 and 个 both count items
    public void AllDelivered_matches_what_the_task_asked_for_with_what_the_text_reports(string task, string progress) =>
        Expect(TaskStatus.Completed, "allDelivered", Judge(task, progress, FullYear));

    [Fact]
    public void AllDelivered_ignores_a_stretch_goal_after_the_firm_target() =>
        Expect(TaskStatus.Completed, "allDelivered", Judge("培育专精特新企业40家,力争60家。", "全年新培育专精特新企业45家。", FullYear));

    [Theory]
    [InlineData("已完成。")]
    [InlineData("全年任务已全部完成。")]
    [InlineData("已于11月底全面建成通车。")]
    public void WholeTaskDone_reads_a_result_stated_of_the_task(string progress) =>
        Expect(TaskStatus.Completed, "wholeTaskDone", Judge("建成沿江快速通道。", progress, FullYear));

    [Fact]
    public void WholeTaskDone_does_not_read_one_item_done_as_the_task_done() =>
        Expect(TaskStatus.Ongoing, "openEndedActions", Judge("深化审计监督。", "全年32个审计项目已全部完成。", FullYear));

    [Fact]
    public void OnSchedule_in_a_quarter_is_in_progress_with_the_comparison()
    {
        var judgement = Judge("新建充电桩2000个。", "1-9月新建充电桩1600个。", Q3);
        Expect(TaskStatus.InProgress, "onSchedule", judgement);
        Assert.Equal(StatusBasisKind.Schedule, judgement.Basis.Kind);
    }

    [Fact]
    public void DeliverableUnreported_is_unclear_and_names_what_is_missing()
    {
        var judgement = Judge("建成科创中心、人才公寓。", "科创中心已建成投用。", FullYear);
        Expect(TaskStatus.Unclear, "deliverableUnreported", judgement);
        Assert.Contains("人才公寓", judgement.Basis.Phrase);
    }

    [Fact]
    public void DeliverableUnreported_when_a_target_has_no_actual() =>
        Expect(TaskStatus.Unclear, "deliverableUnreported", Judge("金融机构新增贷款300亿元。", "组织银企对接会6场,推广线上融资平台。", FullYear));

    [Fact]
    public void AimsReportedDone_when_every_aim_of_a_task_without_a_finish_line_is_reported_done() =>
        Expect(TaskStatus.Completed, "aimsReportedDone", Judge("升级城市应急指挥平台。", "完成城市应急指挥平台升级项目验收。", FullYear));

    [Theory]
    [InlineData("深化“放管服”改革,持续优化营商环境。", "印发营商环境提升行动方案,开展政务服务“好差评”。")]
    [InlineData("加强安全生产监管。", "全年检查企业1200家次,排查隐患430处。")]
    public void OpenEndedActions_an_open_task_with_actions_is_ongoing(string task, string progress) =>
        Expect(TaskStatus.Ongoing, "openEndedActions", Judge(task, progress, FullYear));

    [Fact]
    public void NoEvidence_a_generic_sentence_decides_nothing() =>
        Expect(TaskStatus.Unclear, "noEvidence", Judge("加强城市精细化管理。", "各项工作正稳步推进中。", FullYear));

    [Fact]
    public void The_quoted_phrase_is_at_most_forty_characters()
    {
        var progress = "全市" + new string('各', 60) + "市民健身中心于10月建成开放。";
        var judgement = Judge("建成市民健身中心。", progress, FullYear);
        Assert.True(judgement.Basis.Phrase!.Length <= 40);
    }

    [Fact]
    public void Judgements_on_several_threads_at_once_are_those_of_one_thread()
    {
        // The judge reuses one evidence per thread: tasks judged side by side must not see each other's clauses.
        var tasks = Synthetic.SyntheticBulletin.Generate(300, 2025, 2, seed: 5).Tasks;
        ReportingPeriod[] periods = [FullYear, Q1, H1, Q3];
        var expected = new StatusJudgement[tasks.Count * periods.Length];
        for (var i = 0; i < expected.Length; i++) expected[i] = Judge(tasks[i / periods.Length].Text, tasks[i / periods.Length].Progress, periods[i % periods.Length]);

        var actual = new StatusJudgement[expected.Length];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => actual[i] = Judge(tasks[i / periods.Length].Text, tasks[i / periods.Length].Progress, periods[i % periods.Length]));

        Assert.Equal(expected, actual);
        Assert.True(expected.Select(j => j.Basis.Rule).Distinct().Count() >= 5, "the tasks exercise several rules");
    }

    [Fact]
    public void Every_rule_is_named_once() =>
        Assert.Equal(StatusClassifier.Rules.Count(), StatusClassifier.Rules.Select(r => r.Name).Distinct().Count());
}
