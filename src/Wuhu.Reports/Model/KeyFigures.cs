namespace Wuhu.Reports.Model;

/// <summary>The headline numbers of a report.</summary>
public sealed record KeyFigures
{
    public required int Tasks { get; init; }
    public required int Completed { get; init; }
    public required int InProgress { get; init; }
    public required int NotMet { get; init; }
    public required int Unknown { get; init; }

    /// <summary>Completed / tasks as a fraction 0–1; null when there are no tasks.</summary>
    public required double? CompletionRate { get; init; }

    /// <summary>All quantitative targets found in task texts.</summary>
    public required int TargetsTotal { get; init; }

    /// <summary>Targets whose reported actual reaches the target.</summary>
    public required int TargetsAchieved { get; init; }

    /// <summary>Targets whose reported actual falls short.</summary>
    public required int TargetsMissed { get; init; }

    /// <summary>Targets for which the progress text gives no comparable actual.</summary>
    public int TargetsWithoutActual => TargetsTotal - TargetsAchieved - TargetsMissed;

    /// <summary>
    /// The sentences under the figure cards. Mid-year (<paramref name="interim"/>) a target below the year's value is
    /// "尚未达到", not "未达成" (the same wording as <see cref="TargetRow.Verdict"/>).
    /// </summary>
    public IReadOnlyList<string> Notes(bool interim)
    {
        var notes = new List<string>();
        if (Unknown > 0)
        {
            notes.Add($"另有 {Unknown} 项任务状态待核实。");
        }

        if (TargetsTotal > 0)
        {
            var missed = interim ? "尚未达到" : "未达成";
            notes.Add($"量化目标共 {TargetsTotal} 个:达成 {TargetsAchieved} 个,{missed} {TargetsMissed} 个,无可比实际值 {TargetsWithoutActual} 个。");
        }

        return notes;
    }
}
