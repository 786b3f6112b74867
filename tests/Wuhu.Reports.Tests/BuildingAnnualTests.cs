using Wuhu.Bulletins.Model;
using Wuhu.Reports.Building;
using Wuhu.Reports.Model;
using static Wuhu.Reports.Tests.BuildingTestData;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Tests;

public class BuildingAnnualTests
{
    [Fact]
    public void Key_figures_count_statuses_and_targets()
    {
        var report = Builder().BuildAnnual(2023, [Annual2023()]);

        var f = report.Figures;
        Assert.Equal((5, 2, 1, 1, 1, 0), (f.Tasks, f.Completed, f.InProgress, f.NotMet, f.Unclear, f.Ongoing));
        Assert.Equal(0.5, f.CompletionRate!.Value, 10); // 2 completed of 4 with a finish line (the unclear one is out)
        Assert.Equal("完成率 = 已完成 ÷ 有明确完成标准的任务 = 2 ÷ 4(有明确完成标准的任务 = 全部 5 项 − 持续推进 0 项 − 待核实 1 项)。", f.CompletionRateDefinition);
        Assert.Null(f.ScheduleSummary);
        Assert.Equal((4, 1, 2, 1), (f.TargetsTotal, f.TargetsAchieved, f.TargetsMissed, f.TargetsWithoutActual));
    }

    [Fact]
    public void Completion_rate_leaves_ongoing_and_unclear_tasks_out()
    {
        var source = Source(2023, 4, true,
            Task(1, TaskStatus.Completed, ["市发改委"]), Task(2, TaskStatus.Ongoing, ["市发改委"]), Task(3, TaskStatus.Ongoing, ["市发改委"]),
            Task(4, TaskStatus.InProgress, ["市发改委"]), Task(5, TaskStatus.Unclear, ["市发改委"]));

        var report = Builder().BuildAnnual(2023, [source]);

        Assert.Equal(0.5, report.Figures.CompletionRate!.Value, 10);
        Assert.Equal(2, report.Figures.Statuses.WithFinishLine);
        Assert.Equal(0.5, report.Units[0].CompletionRate!.Value, 10);
        Assert.Null(Builder().BuildAnnual(2023, [Source(2023, 4, true, Task(1, TaskStatus.Ongoing, ["市发改委"]))]).Figures.CompletionRate);
    }

    [Fact]
    public void Status_distribution_lists_the_full_years_statuses_in_display_order()
    {
        var report = Builder().BuildAnnual(2023, [Annual2023()]);

        Assert.Equal([TaskStatus.Completed, TaskStatus.Ongoing, TaskStatus.InProgress, TaskStatus.NotMet, TaskStatus.Unclear],
            report.StatusDistribution.Select(s => s.Status));
        Assert.Equal([2, 0, 1, 1, 1], report.StatusDistribution.Select(s => s.Count));
        Assert.Equal(1.0, report.StatusDistribution.Sum(s => s.Share), 10);
        Assert.Equal("已完成", report.StatusDistribution[0].Label);
    }

    [Fact]
    public void A_task_with_several_lead_units_counts_for_each_unit()
    {
        var report = Builder().BuildAnnual(2023, [Annual2023()]);

        var byUnit = report.Units.ToDictionary(u => u.Unit);
        Assert.Equal(3, byUnit["市发改委"].Total); // tasks 1, 3, 4
        Assert.Equal(2, byUnit["市发改委"].Completed);
        Assert.Equal(1, byUnit["市发改委"].Statuses.InProgress);
        Assert.Equal(2.0 / 3, byUnit["市发改委"].CompletionRate!.Value, 10);
        Assert.Equal((2, 1, 1), (byUnit["市财政局"].Total, byUnit["市财政局"].Completed, byUnit["市财政局"].Statuses.NotMet));
        Assert.Equal((2, 1, 1), (byUnit["市住建局"].Total, byUnit["市住建局"].Completed, byUnit["市住建局"].Statuses.Unclear));
        Assert.Equal(1.0, byUnit["市住建局"].CompletionRate!.Value, 10); // its unclear task has no finish line to count
        Assert.Equal(7, report.Units.Sum(u => u.Total));
    }

    [Fact]
    public void Scoreboard_is_ordered_by_task_count_then_unit_name()
    {
        var report = Builder().BuildAnnual(2023, [Annual2023()]);

        Assert.Equal(["市发改委", "市住建局", "市财政局"], report.Units.Select(u => u.Unit));
        Assert.True(string.CompareOrdinal("市住建局", "市财政局") < 0);
    }

    [Fact]
    public void Duplicate_or_blank_lead_units_of_one_task_count_once()
    {
        var source = Source(2023, 4, true, Task(1, TaskStatus.Completed, ["市发改委", " 市发改委 ", ""]));

        var report = Builder().BuildAnnual(2023, [source]);

        var unit = Assert.Single(report.Units);
        Assert.Equal(("市发改委", 1), (unit.Unit, unit.Total));
        Assert.Equal(["市发改委"], report.Appendix[0].Units);
    }

    [Fact]
    public void Needs_attention_lists_not_met_then_in_progress_with_evidence_and_unclear_apart()
    {
        var report = Builder().BuildAnnual(2023, [Annual2023()]);

        Assert.Equal([2, 4, 3], report.NeedsAttention.Select(a => a.Number));
        Assert.Equal(
            [AttentionReason.NotMet, AttentionReason.TargetMissed, AttentionReason.InProgress],
            report.NeedsAttention.Select(a => a.ReasonKind));
        Assert.Equal("投资:目标100亿元,实际84亿元,完成84.0%", report.NeedsAttention[0].Evidence);
        Assert.Equal("老旧小区改造:目标50个,实际40个,完成80.0%", report.NeedsAttention[1].Evidence);
        Assert.Equal("完成情况表述:“主体工程正在加快建设”", report.NeedsAttention[2].Evidence);
        var unclear = Assert.Single(report.NeedsCheck);
        Assert.Equal((5, "绿化覆盖率达到45%", "无法据此判断完成与否:“前三季度绿化覆盖率44%”"), (unclear.Number, unclear.ShortText, unclear.Why));
        Assert.Equal(["市住建局"], unclear.Units);
        Assert.Equal(TaskStatus.Completed, report.NeedsAttention[1].Status);
        Assert.Equal(["市住建局", "市发改委"], report.NeedsAttention[1].Units);
        Assert.DoesNotContain(report.NeedsAttention, a => a.Number == 1);
    }

    [Fact]
    public void A_ceiling_exceeded_is_a_missed_target()
    {
        var source = Source(2023, 4, true,
            Task(1, TaskStatus.Completed, ["市统计局"], "城镇调查失业率控制在5.5%以内", new QuantitativeTarget("城镇调查失业率", 5.5m, 5.8m, "%", AtMost: true)),
            Task(2, TaskStatus.Completed, ["市统计局"], "物价涨幅控制在3%以内", new QuantitativeTarget("物价涨幅", 3m, 0.4m, "%", AtMost: true)));

        var report = Builder().BuildAnnual(2023, [source]);

        var item = Assert.Single(report.NeedsAttention);
        Assert.Equal((1, AttentionReason.TargetMissed), (item.Number, item.ReasonKind));
        Assert.Equal("城镇调查失业率:上限5.5%,实际5.8%,未达成,超出上限0.3个百分点", item.Evidence);
        Assert.Equal(["超出上限0.3个百分点", "低于上限2.6个百分点"], report.Targets.Select(t => t.Extent));
        Assert.Equal([false, true], report.Targets.Select(t => t.Achieved!.Value));
        Assert.All(report.Targets, t => Assert.True(t.AtMost));
        Assert.Equal((1, 1), (report.Figures.TargetsAchieved, report.Figures.TargetsMissed));
    }

    [Fact]
    public void Targets_and_appendix_follow_task_numbers()
    {
        var report = Builder().BuildAnnual(2023, [Annual2023()]);

        Assert.Equal([1, 2, 3, 4, 5], report.Appendix.Select(a => a.Number));
        Assert.Equal([1, 2, 4, 5], report.Targets.Select(t => t.TaskNumber));
        var parking = report.Targets[0];
        Assert.Equal(("新增停车泊位", 5000m, 5200m, "个", 1.04m, (bool?)true), (parking.Metric, parking.Target, parking.Actual, parking.Unit, parking.Ratio, parking.Achieved));
        Assert.Null(report.Targets[3].Achieved);
        Assert.Equal("二、惠民生", report.Appendix[2].Section);
        Assert.Equal("任务3的进展。", report.Appendix[2].Progress);
    }

    [Fact]
    public void Data_quality_reports_warnings_gaps_repeats_and_missing_actuals()
    {
        var bulletin = Annual2023().Bulletin with
        {
            Warnings =
            [
                new ParseWarning("unplacedText", "第 40 行无法归入任何任务"),
                new ParseWarning("missingNumber", "task number 6 is missing"),
                new ParseWarning("noProgress", "task 8 reports no progress."),
            ],
            Tasks = [.. Annual2023().Bulletin.Tasks, Task(8, TaskStatus.Completed, []), Task(8, TaskStatus.Completed, ["市住建局"]) with { Progress = " " }],
        };

        var report = Builder().BuildAnnual(2023, [new BulletinSource(bulletin, new string('0', 64))]);

        var codes = report.DataQuality.Select(n => n.Code).ToList();
        Assert.Equal("unplacedText", codes[0]);
        Assert.DoesNotContain("missingNumber", codes); // said in Chinese by our numberGap note
        Assert.DoesNotContain("noProgress", codes);
        var gap = Assert.Single(report.DataQuality, n => n.Code == "numberGap");
        Assert.Contains("6、7", gap.Message);
        Assert.Equal(8, Assert.Single(report.DataQuality, n => n.Code == "numberRepeated").TaskNumber);
        Assert.Equal(8, Assert.Single(report.DataQuality, n => n.Code == "noLeadUnit").TaskNumber);
        Assert.Equal(8, Assert.Single(report.DataQuality, n => n.Code == "emptyProgress").TaskNumber);
        Assert.Equal(5, Assert.Single(report.DataQuality, n => n.Code == "noActual").TaskNumber);
        Assert.Contains("1 项任务", Assert.Single(report.DataQuality, n => n.Code == "statusUnclear").Message);
        Assert.Equal("公报中有一段文字不属于任何任务,未被使用。", report.DataQuality[0].Message);
        Assert.All(report.DataQuality, n => Assert.Equal("wuhu-2023-annual.txt", n.Source));
    }

    [Fact]
    public void Parser_warnings_our_checks_do_not_repeat_are_kept()
    {
        var bulletin = Annual2023().Bulletin with { Warnings = [new ParseWarning("missingNumber", "task number 9 is missing")] };

        var report = Builder().BuildAnnual(2023, [new BulletinSource(bulletin, new string('0', 64))]);

        var note = Assert.Single(report.DataQuality, n => n.Code == "missingNumber");
        Assert.Equal("任务序号不连续,有序号缺失。", note.Message); // not the usual shape: the code's general sentence
        Assert.Equal("任务序号缺失", note.Kind);
    }

    [Fact]
    public void Annual_uses_the_latest_bulletin_and_the_quarters_as_trend()
    {
        var q2 = Source(2023, 2, false, Task(1, TaskStatus.InProgress, ["市发改委"]), Task(2, TaskStatus.InProgress, ["市财政局"]));
        var q3 = Source(2023, 3, false, Task(1, TaskStatus.Completed, ["市发改委"]), Task(2, TaskStatus.InProgress, ["市财政局"]));
        var other = Source(2022, 4, true, Task(1, TaskStatus.Completed, ["市发改委"]));

        var report = Builder().BuildAnnual(2023, [q3, Annual2023(), other, q2]);

        Assert.Equal((ReportKind.Annual, 2023, (int?)null), (report.Kind, report.Year, report.Quarter));
        Assert.Equal("2023年全年", report.PeriodLabel);
        Assert.Equal("芜湖市2023年度重点工作任务完成情况报告", report.Title);
        Assert.Equal(5, report.Figures.Tasks);
        Assert.Equal(["2023-Q4", "2023-Q2", "2023-Q3"], report.Sources.Select(s => s.PeriodKey));
        Assert.Equal(["Q2", "Q3", "全年"], report.QuarterSeries.Select(p => p.Label));
        Assert.Equal([0.0, 0.5, 0.5], report.QuarterSeries.Select(p => p.CompletionRate!.Value));
        Assert.Equal([0, 1, 2], report.QuarterSeries.Select(p => p.Statuses.Completed));
        Assert.Null(report.Changes);
        Assert.Equal("wuhu-2023-annual.pdf", report.FileName);
    }

    [Fact]
    public void Annual_without_full_year_bulletin_says_how_far_it_goes()
    {
        var q3 = Source(2024, 3, false, Task(1, TaskStatus.Completed, ["市发改委"]));

        var report = Builder().BuildAnnual(2024, [q3, Source(2024, 1, false, Task(1, TaskStatus.InProgress, ["市发改委"]))]);

        Assert.Equal("2024年(截至第三季度)", report.PeriodLabel);
        Assert.True(report.InterimFigures);
        Assert.Equal("2024-Q3", report.Sources[0].PeriodKey);
        Assert.Equal(1, report.Figures.Completed);
    }

    [Fact]
    public void A_single_bulletin_has_no_trend()
    {
        Assert.Empty(Builder().BuildAnnual(2023, [Annual2023()]).QuarterSeries);
    }

    [Fact]
    public void No_bulletin_for_the_year_names_what_was_found()
    {
        var error = Assert.Throws<ReportInputException>(() =>
            Builder().BuildAnnual(2024, [Annual2023(), Source(2023, 2, false)]));

        Assert.Equal("No bulletin for 2024; bulletins found: 2023-Q2, 2023-Q4 (全年).", error.Message);
    }

    [Fact]
    public void Two_bulletins_for_one_period_are_refused()
    {
        var error = Assert.Throws<ReportInputException>(() =>
            Builder().BuildAnnual(2023, [Annual2023(), Source(2023, 4, false)]));

        Assert.Contains("2023-Q4", error.Message);
        Assert.Contains("wuhu-2023-annual.txt", error.Message);
        Assert.Contains("wuhu-2023-q4.txt", error.Message);
    }

    [Fact]
    public void Cover_sources_carry_name_hash_period_and_count()
    {
        var source = Assert.Single(Builder().BuildAnnual(2023, [Annual2023()]).Sources);

        Assert.Equal(
            new SourceBulletin("wuhu-2023-annual.txt", new string('e', 64), "2023-Q4", "2023年全年", "2023年重点工作任务完成情况", new DateOnly(2023, 12, 28), 5),
            source);
    }

    [Fact]
    public void Metadata_and_generated_time_come_from_the_clock_in_china_time()
    {
        var report = Builder().BuildAnnual(2023, [Annual2023()]);

        Assert.Equal(Now, report.GeneratedAt);
        Assert.Equal(TimeSpan.FromHours(8), report.GeneratedAt.Offset);
        Assert.Equal(report.Title, report.Metadata.Title);
        Assert.Equal(report.GeneratedAt, report.Metadata.CreationDate);
        Assert.Contains("共5项,已完成2项,未达标1项", report.Metadata.Subject);
        Assert.Contains("年度报告", report.Metadata.Keywords);
        Assert.False(string.IsNullOrWhiteSpace(report.Metadata.Author));
    }

    [Fact]
    public void Empty_bulletin_gives_zero_figures_without_rates()
    {
        var report = Builder().BuildAnnual(2023, [Source(2023, 4, true)]);

        Assert.Equal(0, report.Figures.Tasks);
        Assert.Null(report.Figures.CompletionRate);
        Assert.All(report.StatusDistribution, s => Assert.Equal(0, s.Share));
        Assert.Empty(report.Units);
        Assert.Empty(report.Appendix);
    }
}
