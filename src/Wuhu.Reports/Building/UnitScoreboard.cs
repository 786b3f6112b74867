using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Building;

/// <summary>Per-lead-unit counts. A task led jointly counts for every lead unit: each is accountable for it.</summary>
internal static class UnitScoreboard
{
    /// <summary>Units by task count (most first), then by name (ordinal, so the order never depends on culture).</summary>
    public static IReadOnlyList<UnitScore> Build(IEnumerable<BulletinTask> tasks) =>
    [
        .. tasks
            .SelectMany(task => TaskUnits.Of(task).Select(unit => (unit, task.Status)))
            .GroupBy(x => x.unit, StringComparer.Ordinal)
            .Select(g => new UnitScore { Unit = g.Key, Statuses = StatusTally.Of(g.Select(x => x.Status)) })
            .OrderByDescending(u => u.Total)
            .ThenBy(u => u.Unit, StringComparer.Ordinal),
    ];
}
