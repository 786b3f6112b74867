namespace Wuhu.Reports.Model;

/// <summary>
/// One lead unit's row on the scoreboard. A task with several lead units counts once for each of them, so the
/// rows add up to more than the number of tasks.
/// </summary>
public sealed record UnitScore
{
    public required string Unit { get; init; }
    public required StatusTally Statuses { get; init; }

    public int Total => Statuses.Total;
    public int Completed => Statuses.Completed;

    /// <summary>Completed ÷ the unit's tasks with a finish line; null when all are 持续推进 or 待核实.</summary>
    public double? CompletionRate => Statuses.CompletionRate;
}
