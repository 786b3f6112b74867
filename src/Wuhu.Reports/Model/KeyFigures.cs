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
}
