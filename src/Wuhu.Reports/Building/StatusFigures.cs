using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Building;

/// <summary>Counts by status: key figures, the distribution chart and trend points.</summary>
internal static class StatusFigures
{
    public static KeyFigures KeyFigures(IReadOnlyList<BulletinTask> tasks, bool quarterly)
    {
        var targets = tasks.SelectMany(t => t.Targets).ToList();
        return new KeyFigures
        {
            Statuses = StatusTally.Of(tasks.Select(t => t.Status)),
            Quarterly = quarterly,
            TargetsTotal = targets.Count,
            TargetsAchieved = targets.Count(t => t.Achieved == true),
            TargetsMissed = targets.Count(t => t.Achieved == false),
        };
    }

    /// <summary>The statuses this kind of bulletin uses (plus any other that occurs), zero counts included.</summary>
    public static IReadOnlyList<StatusCount> Distribution(IReadOnlyList<BulletinTask> tasks, bool quarterly)
    {
        var tally = StatusTally.Of(tasks.Select(t => t.Status));
        return
        [
            .. StatusLabels.Shown(quarterly, tally.Count)
                .Select(status => new StatusCount(status, tally.Count(status), tally.Share(status), StatusLabels.Of(status, quarterly))),
        ];
    }

    public static QuarterPoint Point(Bulletin bulletin) => new()
    {
        Year = bulletin.Year,
        Quarter = bulletin.Quarter,
        FullYear = bulletin.FullYear,
        Label = PeriodText.ShortLabel(bulletin.Period),
        Statuses = StatusTally.Of(bulletin.Tasks.Select(t => t.Status)),
    };

    public static int Count(IEnumerable<BulletinTask> tasks, TaskStatus status) => tasks.Count(t => t.Status == status);
}
