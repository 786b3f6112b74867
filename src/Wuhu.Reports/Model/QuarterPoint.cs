namespace Wuhu.Reports.Model;

/// <summary>One point of the quarter-by-quarter trend: the status counts of that quarter's bulletin.</summary>
public sealed record QuarterPoint
{
    public required int Year { get; init; }
    public required int Quarter { get; init; }

    /// <summary>True when the point comes from the full-year bulletin.</summary>
    public required bool FullYear { get; init; }

    /// <summary>Short axis label, e.g. "Q1", "全年".</summary>
    public required string Label { get; init; }

    public required StatusTally Statuses { get; init; }

    public int Tasks => Statuses.Total;

    /// <summary>Completed ÷ tasks with a finish line, 0–1; null when there are none.</summary>
    public double? CompletionRate => Statuses.CompletionRate;
}
