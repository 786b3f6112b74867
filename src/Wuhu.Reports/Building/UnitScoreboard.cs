using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

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
            .Select(g =>
            {
                var statuses = g.Select(x => x.Status).ToList();
                var completed = statuses.Count(s => s == TaskStatus.Completed);
                return new UnitScore
                {
                    Unit = g.Key,
                    Total = statuses.Count,
                    Completed = completed,
                    InProgress = statuses.Count(s => s == TaskStatus.InProgress),
                    NotMet = statuses.Count(s => s == TaskStatus.NotMet),
                    Unknown = statuses.Count(s => s == TaskStatus.Unclear),
                    CompletionRate = (double)completed / statuses.Count,
                };
            })
            .OrderByDescending(u => u.Total)
            .ThenBy(u => u.Unit, StringComparer.Ordinal),
    ];
}
