namespace Wuhu.Reports.Model;

/// <summary>One point of the quarter-by-quarter trend: the status counts of that quarter's bulletin.</summary>
public sealed record QuarterPoint
{
    public required int Year { get; init; }
    public required int Quarter { get; init; }

    /// <summary>True when the point comes from the full-year bulletin (which stands for Q4).</summary>
    public required bool FullYear { get; init; }

    /// <summary>Short axis label, e.g. "Q1", "全年".</summary>
    public required string Label { get; init; }
    public required int Tasks { get; init; }
    public required int Completed { get; init; }
    public required int InProgress { get; init; }
    public required int NotMet { get; init; }
    public required int Unknown { get; init; }

    /// <summary>Completed / tasks as a fraction 0–1; null when the bulletin has no tasks.</summary>
    public required double? CompletionRate { get; init; }
}
