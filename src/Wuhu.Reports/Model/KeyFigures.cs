using System.Globalization;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>The headline numbers of a report.</summary>
public sealed record KeyFigures
{
    public required StatusTally Statuses { get; init; }

    /// <summary>True when the figures come from a quarterly bulletin (序时进度 wording: 达序时, 欠序时).</summary>
    public required bool Quarterly { get; init; }

    public int Tasks => Statuses.Total;
    public int Completed => Statuses.Completed;
    public int Ongoing => Statuses.Ongoing;
    public int InProgress => Statuses.InProgress;
    public int Behind => Statuses.Behind;
    public int NotMet => Statuses.NotMet;
    public int Unclear => Statuses.Unclear;

    /// <summary>Completed ÷ tasks with a finish line (all but 持续推进 and 待核实), 0–1; null when there are none.</summary>
    public double? CompletionRate => Statuses.CompletionRate;

    /// <summary>All quantitative targets found in task texts.</summary>
    public required int TargetsTotal { get; init; }

    /// <summary>Targets whose reported actual reaches the target.</summary>
    public required int TargetsAchieved { get; init; }

    /// <summary>Targets whose reported actual falls short.</summary>
    public required int TargetsMissed { get; init; }

    /// <summary>Targets for which the progress text gives no comparable actual.</summary>
    public int TargetsWithoutActual => TargetsTotal - TargetsAchieved - TargetsMissed;

    /// <summary>The status of the "not on track" card: 欠序时 in a quarter, 未达标 for the full year.</summary>
    public TaskStatus ShortfallStatus => Quarterly ? TaskStatus.Behind : TaskStatus.NotMet;

    /// <summary>The definition printed under the completion rate, with this report's numbers.</summary>
    public string CompletionRateDefinition =>
        $"完成率 = 已完成 ÷ 有明确完成标准的任务 = {Completed} ÷ {Statuses.WithFinishLine}"
        + $"(有明确完成标准的任务 = 全部 {Tasks} 项 − 持续推进 {Ongoing} 项 − 待核实 {Unclear} 项)。";

    /// <summary>
    /// The office's 序时进度 summary of a quarterly bulletin ("欠序时 N 项,占 x%;达序时 N 项,占 y%;已完成和提前完成 N 项;
    /// 持续推进 N 项;待核实 N 项。"); shares are of all tasks. Null for the full year.
    /// </summary>
    public string? ScheduleSummary => Quarterly
        ? $"共 {Tasks} 项任务:欠序时 {Behind} 项,占 {Percent(Behind)};达序时 {InProgress} 项,占 {Percent(InProgress)};"
          + $"已完成和提前完成 {Completed} 项;持续推进 {Ongoing} 项;待核实 {Unclear} 项"
          + (NotMet > 0 ? $";未达标 {NotMet} 项。" : "。")
        : null;

    /// <summary>
    /// The sentences under the figure cards. Mid-year (<paramref name="interim"/>) a target below the year's value is
    /// "尚未达到", not "未达成" (the same wording as <see cref="TargetRow.Verdict"/>).
    /// </summary>
    public IReadOnlyList<string> Notes(bool interim)
    {
        var notes = new List<string>();
        if (TargetsTotal > 0)
        {
            var missed = interim ? "尚未达到" : "未达成";
            notes.Add($"量化目标共 {TargetsTotal} 个:达成 {TargetsAchieved} 个,{missed} {TargetsMissed} 个,无可比实际值 {TargetsWithoutActual} 个。");
        }

        return notes;
    }

    private string Percent(int count) =>
        (Tasks == 0 ? 0d : (double)count / Tasks).ToString("0.0%", CultureInfo.InvariantCulture);
}
