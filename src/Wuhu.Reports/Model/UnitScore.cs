namespace Wuhu.Reports.Model;

/// <summary>
/// One lead unit's row on the scoreboard. A task with several lead units counts once for each of them, so the
/// rows add up to more than the number of tasks.
/// </summary>
public sealed record UnitScore
{
    public required string Unit { get; init; }
    public required int Total { get; init; }
    public required int Completed { get; init; }
    public required int InProgress { get; init; }
    public required int NotMet { get; init; }
    public required int Unknown { get; init; }

    /// <summary>Completed / total as a fraction 0–1.</summary>
    public required double CompletionRate { get; init; }
}
