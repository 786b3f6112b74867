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
        Assert.Equal(("推进中", "已完成"), (changes.NewlyCompleted[0].FromLabel, changes.NewlyCompleted[0].ToLabel));
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
        var before = Source(2023, 1, false, Task(1, TaskStatus.InProgress, ["市发改委"], "旧的表述"));
        var after = Source(2023, 2, false, Task(1, TaskStatus.InProgress, ["市发改委"], "新的表述"));

        Assert.True(Builder().BuildQuarterly(2023, 2, [before, after]).Changes!.IsEmpty);
    }

    [Fact]
    public void In_a_quarter_an_actual_below_the_years_target_is_progress_not_a_miss()
    {
        var q1 = Source(2023, 1, false,
            Task(1, TaskStatus.InProgress, ["市住建局"], "新增泊位3000个", new QuantitativeTarget("新增泊位", 3000m, 620m, "个")),
            Task(2, TaskStatus.Completed, ["市住建局"], "改造小区50个", new QuantitativeTarget("改造小区", 50m, 40m, "个")));

        var report = Builder().BuildQuarterly(2023, 1, [q1]);

        Assert.True(report.InterimFigures);
        var item = Assert.Single(report.NeedsAttention);
        Assert.Equal((1, AttentionReason.InProgress), (item.Number, item.ReasonKind));
        Assert.Equal("尚未完成,仍在推进:新增泊位 目标3000个,目前620个(20.7%)", item.Reason);
        Assert.False(Builder().BuildAnnual(2023, [Annual2023()]).InterimFigures);
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
    public void Fourth_quarter_report_uses_the_full_year_bulletin()
    {
        var report = Builder().BuildQuarterly(2023, 4, [Annual2023(), Q3]);

        Assert.Equal("2023年第四季度(全年)", report.PeriodLabel);
        Assert.Equal(5, report.Figures.Tasks);
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
