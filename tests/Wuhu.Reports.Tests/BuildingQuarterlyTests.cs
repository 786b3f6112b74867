using System.Text.Json;
using Wuhu.Reports.Building;
using Wuhu.Reports.Model;
using static Wuhu.Reports.Tests.BuildingTestData;
using Wuhu.Bulletins.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Tests;

public class BuildingQuarterlyTests
{
    private static readonly BulletinSource Q2 = Source(2023, 2, false,
        Task(1, TaskStatus.InProgress, ["市发改委"]),
        Task(2, TaskStatus.InProgress, ["市财政局"]),
        Task(3, TaskStatus.Completed, ["市住建局"]),
        Task(4, TaskStatus.InProgress, ["市住建局"], "取消的任务"));

    private static readonly BulletinSource Q3 = Source(2023, 3, false,
        Task(1, TaskStatus.Completed, ["市发改委"]),
        Task(2, TaskStatus.Unclear, ["市财政局"]),
        Task(3, TaskStatus.Completed, ["市住建局"]),
        Task(5, TaskStatus.InProgress, ["市交通局"], "新增的任务"));

    [Fact]
    public void Quarterly_report_covers_that_quarter_only()
    {
        var report = Builder().BuildQuarterly(2023, 3, [Annual2023(), Q2, Q3]);

        Assert.Equal((ReportKind.Quarterly, 2023, (int?)3), (report.Kind, report.Year, report.Quarter));
        Assert.Equal("2023年第三季度", report.PeriodLabel);
        Assert.Equal("芜湖市2023年第三季度重点工作任务进展报告", report.Title);
        Assert.Equal((4, 2), (report.Figures.Tasks, report.Figures.Completed));
        Assert.Equal(["2023-Q3", "2023-Q2"], report.Sources.Select(s => s.PeriodKey));
        Assert.Equal(["Q2", "Q3"], report.QuarterSeries.Select(p => p.Label));
        Assert.Equal("wuhu-2023-q3.pdf", report.FileName);
        Assert.Contains("季度报告", report.Metadata.Keywords);
    }

    [Fact]
    public void Changes_since_previous_quarter_are_listed()
    {
        var changes = Builder().BuildQuarterly(2023, 3, [Q2, Q3]).Changes!;

        Assert.Equal("2023年第二季度", changes.PreviousPeriodLabel);
        Assert.Equal([(1, TaskStatus.InProgress, TaskStatus.Completed), (2, TaskStatus.InProgress, TaskStatus.Unclear)],
            changes.StatusChanges.Select(c => (c.Number, c.From, c.To)));
        Assert.Equal([1], changes.NewlyCompleted.Select(c => c.Number));
        Assert.Equal(("达序时", "已完成"), (changes.NewlyCompleted[0].FromLabel, changes.NewlyCompleted[0].ToLabel));
        Assert.Equal(["新增的任务"], changes.NewTasks.Select(t => t.Text));
        Assert.Equal(["取消的任务"], changes.RemovedTasks.Select(t => t.Text));
        Assert.Equal(["市住建局"], changes.RemovedTasks[0].Units);
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void A_renumbered_task_is_matched_by_its_text()
    {
        var before = Source(2023, 1, false, Task(7, TaskStatus.InProgress, ["市发改委"], "建设 充电桩"), Task(8, TaskStatus.InProgress, ["市发改委"], "别的任务"));
        var after = Source(2023, 2, false, Task(9, TaskStatus.Completed, ["市发改委"], "建设充电桩"), Task(8, TaskStatus.InProgress, ["市发改委"], "别的任务"));

        var changes = Builder().BuildQuarterly(2023, 2, [before, after]).Changes!;

        var change = Assert.Single(changes.StatusChanges);
        Assert.Equal((9, TaskStatus.InProgress, TaskStatus.Completed), (change.Number, change.From, change.To));
        Assert.Empty(changes.NewTasks);
        Assert.Empty(changes.RemovedTasks);
    }

    [Fact]
    public void A_reworded_task_keeping_its_number_is_the_same_task()
    {
        var before = Source(2023, 1, false, Task(1, TaskStatus.InProgress, ["市发改委"], "新建公共停车泊位3000个以上"));
        var after = Source(2023, 2, false, Task(1, TaskStatus.InProgress, ["市发改委"], "新建公共停车泊位3000个。"));

        Assert.True(Builder().BuildQuarterly(2023, 2, [before, after]).Changes!.IsEmpty);
    }

    [Fact]
    public void A_new_task_is_one_whose_text_is_new_not_a_number_the_previous_bulletin_skipped()
    {
        // Q1 skipped number 2 (its rows were numbered 1, 3, 4); Q2 numbers the same tasks 1, 2, 3 and adds one.
        var before = Source(2023, 1, false,
            Task(1, TaskStatus.InProgress, ["市发改委"], "建设充电桩500个"),
            Task(3, TaskStatus.InProgress, ["市财政局"], "完成老旧小区改造50个"),
            Task(4, TaskStatus.InProgress, ["市住建局"], "新增城市绿道30公里"));
        var after = Source(2023, 2, false,
            Task(1, TaskStatus.InProgress, ["市发改委"], "建设充电桩500个"),
            Task(2, TaskStatus.Behind, ["市财政局"], "完成老旧小区改造50个"),
            Task(3, TaskStatus.InProgress, ["市住建局"], "新增城市绿道30公里。"),
            Task(4, TaskStatus.InProgress, ["市教育局"], "新建中小学校5所"));

        var changes = Builder().BuildQuarterly(2023, 2, [before, after]).Changes!;

        Assert.Equal(["新建中小学校5所"], changes.NewTasks.Select(t => t.Text));
        Assert.Empty(changes.RemovedTasks);
        Assert.Equal([(2, TaskStatus.InProgress, TaskStatus.Behind)], changes.StatusChanges.Select(c => (c.Number, c.From, c.To)));
    }

    [Fact]
    public void A_new_text_under_an_old_number_is_a_new_task()
    {
        var before = Source(2023, 1, false, Task(1, TaskStatus.InProgress, ["市发改委"], "建设充电桩500个"));
        var after = Source(2023, 2, false, Task(1, TaskStatus.InProgress, ["市教育局"], "新建中小学校5所"));

        var changes = Builder().BuildQuarterly(2023, 2, [before, after]).Changes!;

        Assert.Equal(["新建中小学校5所"], changes.NewTasks.Select(t => t.Text));
        Assert.Equal(["建设充电桩500个"], changes.RemovedTasks.Select(t => t.Text));
    }

    [Fact]
    public void In_a_quarter_behind_tasks_come_first_with_their_schedule_evidence_and_on_schedule_ones_are_not_listed()
    {
        var q3 = Source(2023, 3, false,
            Task(1, TaskStatus.InProgress, ["市住建局"], "新增泊位3000个", new QuantitativeTarget("新增泊位", 3000m, 2380m, "个")) with
            {
                StatusBasis = new StatusBasis(StatusBasisKind.Schedule, "scheduleMet", Comparison: new TargetComparison("新增泊位", 3000m, 2380m, "个", false, 2380m / 3000m, 0.75m)),
            },
            Task(2, TaskStatus.Behind, ["市住建局"], "改造小区50个", new QuantitativeTarget("改造小区", 50m, 20m, "个")) with
            {
                StatusBasis = new StatusBasis(StatusBasisKind.Schedule, "scheduleBehind", Comparison: new TargetComparison("改造小区", 50m, 20m, "个", false, 0.4m, 0.75m)),
            },
            Task(3, TaskStatus.Behind, ["市交通局"], "建成绿道10公里") with { StatusBasis = new StatusBasis(StatusBasisKind.Phrase, "behindPhrase", "项目进展缓慢") },
            Task(4, TaskStatus.Completed, ["市交通局"]),
            Task(5, TaskStatus.Ongoing, ["市交通局"]),
            Task(6, TaskStatus.Unclear, ["市交通局"]) with { StatusBasis = StatusBasis.Nothing("noEvidence") });

        var report = Builder().BuildQuarterly(2023, 3, [q3]);

        Assert.True(report.InterimFigures);
        Assert.Equal([2, 3], report.NeedsAttention.Select(a => a.Number));
        Assert.All(report.NeedsAttention, a => Assert.Equal(AttentionReason.Behind, a.ReasonKind));
        Assert.Equal("改造小区:目标50个,目前20个,完成40.0%,序时进度应达75.0%", report.NeedsAttention[0].Evidence);
        Assert.Equal("完成情况表述:“项目进展缓慢”", report.NeedsAttention[1].Evidence);
        Assert.Equal([6], report.NeedsCheck.Select(u => u.Number));
        Assert.Equal("完成情况中没有能判断完成与否的表述。", report.NeedsCheck[0].Why);
        Assert.Equal("新增泊位:目标3000个,目前2380个,完成79.3%,序时进度应达75.0%", report.Appendix[0].Basis);
        Assert.Equal(["达序时", "欠序时", "欠序时", "已完成", "持续推进", "待核实"], report.Appendix.Select(a => a.StatusLabel));
        Assert.False(Builder().BuildAnnual(2023, [Annual2023()]).InterimFigures);
    }

    [Fact]
    public void A_quarter_has_the_schedule_summary_and_its_own_statuses()
    {
        var q2 = Source(2023, 2, false,
            Task(1, TaskStatus.Behind, ["市发改委"]), Task(2, TaskStatus.InProgress, ["市发改委"]), Task(3, TaskStatus.InProgress, ["市发改委"]),
            Task(4, TaskStatus.InProgress, ["市发改委"]), Task(5, TaskStatus.Completed, ["市发改委"]), Task(6, TaskStatus.Ongoing, ["市发改委"]),
            Task(7, TaskStatus.Unclear, ["市发改委"]), Task(8, TaskStatus.InProgress, ["市发改委"]));

        var report = Builder().BuildQuarterly(2023, 2, [q2]);

        Assert.Equal("共 8 项任务:欠序时 1 项,占 12.5%;达序时 4 项,占 50.0%;已完成和提前完成 1 项;持续推进 1 项;待核实 1 项。", report.Figures.ScheduleSummary);
        Assert.Equal([TaskStatus.Completed, TaskStatus.Ongoing, TaskStatus.InProgress, TaskStatus.Behind, TaskStatus.Unclear],
            report.StatusDistribution.Select(s => s.Status));
        Assert.Equal("达序时", report.StatusDistribution[2].Label);
        Assert.Equal(1.0 / 6, report.Figures.CompletionRate!.Value, 10);
        Assert.Equal(TaskStatus.Behind, report.Figures.ShortfallStatus);
    }

    [Fact]
    public void First_quarter_has_no_changes_section()
    {
        var q1 = Source(2023, 1, false, Task(1, TaskStatus.InProgress, ["市发改委"]));

        var report = Builder().BuildQuarterly(2023, 1, [q1, Source(2022, 4, true, Task(1, TaskStatus.Completed, ["市发改委"]))]);

        Assert.Null(report.Changes);
        Assert.Empty(report.QuarterSeries);
    }

    [Fact]
    public void Missing_previous_quarter_means_no_changes_section()
    {
        var q1 = Source(2023, 1, false, Task(1, TaskStatus.InProgress, ["市发改委"]));

        Assert.Null(Builder().BuildQuarterly(2023, 3, [q1, Q3]).Changes);
    }

    [Fact]
    public void A_full_year_bulletin_makes_no_quarterly_report()
    {
        var error = Assert.Throws<ReportInputException>(() => Builder().BuildQuarterly(2023, 4, [Annual2023(), Q3]));

        Assert.Contains("full-year bulletin", error.Message);
        Assert.Contains("annual report", error.Message);
    }

    [Fact]
    public void A_fourth_quarter_bulletin_makes_a_fourth_quarter_report()
    {
        var report = Builder().BuildQuarterly(2023, 4, [Source(2023, 4, false, Task(1, TaskStatus.InProgress, ["市发改委"])), Q3]);

        Assert.Equal("2023年第四季度", report.PeriodLabel);
        Assert.NotNull(report.Changes);
        Assert.Equal("wuhu-2023-q4.pdf", report.FileName);
    }

    [Fact]
    public void No_bulletin_for_the_quarter_names_what_was_found()
    {
        var error = Assert.Throws<ReportInputException>(() => Builder().BuildQuarterly(2023, 1, [Q2, Q3]));

        Assert.Equal("No bulletin for 2023-Q1; bulletins found: 2023-Q2, 2023-Q3.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_out_of_range_is_refused(int quarter)
    {
        var error = Assert.Throws<ReportInputException>(() => Builder().BuildQuarterly(2023, quarter, [Q2]));
        Assert.Contains(quarter.ToString(), error.Message);
    }

    [Fact]
    public void Same_inputs_give_the_same_document_whatever_the_input_order()
    {
        var options = new JsonSerializerOptions { WriteIndented = true };
        var first = JsonSerializer.Serialize(Builder().BuildQuarterly(2023, 3, [Q2, Q3, Annual2023()]), options);
        var second = JsonSerializer.Serialize(Builder().BuildQuarterly(2023, 3, [Annual2023(), Q3, Q2]), options);
        var annualA = JsonSerializer.Serialize(Builder().BuildAnnual(2023, [Q2, Q3, Annual2023()]), options);
        var annualB = JsonSerializer.Serialize(Builder().BuildAnnual(2023, [Annual2023(), Q3, Q2]), options);

        Assert.Equal(first, second);
        Assert.Equal(annualA, annualB);
        Assert.Contains("\"GeneratedAt\": \"2024-03-01T10:00:00+08:00\"", first);
    }
}
