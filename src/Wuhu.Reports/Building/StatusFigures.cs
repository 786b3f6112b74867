using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Building;

/// <summary>Counts by status: key figures, the distribution chart and trend points.</summary>
internal static class StatusFigures
{
    public static KeyFigures KeyFigures(IReadOnlyList<BulletinTask> tasks)
    {
        var targets = tasks.SelectMany(t => t.Targets).ToList();
        return new KeyFigures
        {
            Tasks = tasks.Count,
            Completed = Count(tasks, TaskStatus.Completed),
            InProgress = Count(tasks, TaskStatus.InProgress),
            NotMet = Count(tasks, TaskStatus.NotMet),
            Unknown = Count(tasks, TaskStatus.Unclear),
            CompletionRate = Rate(Count(tasks, TaskStatus.Completed), tasks.Count),
            TargetsTotal = targets.Count,
            TargetsAchieved = targets.Count(t => t.Achieved == true),
            TargetsMissed = targets.Count(t => t.Achieved == false),
        };
    }

    public static IReadOnlyList<StatusCount> Distribution(IReadOnlyList<BulletinTask> tasks) =>
    [
        .. StatusLabels.Ordered.Select(status =>
        {
            var count = Count(tasks, status);
            return new StatusCount(status, count, Rate(count, tasks.Count) ?? 0d);
        }),
    ];

    public static QuarterPoint Point(Bulletin bulletin) => new()
    {
        Year = bulletin.Year,
        Quarter = bulletin.Quarter,
        FullYear = bulletin.FullYear,
        Label = PeriodText.ShortLabel(bulletin.Period),
        Tasks = bulletin.Tasks.Count,
        Completed = Count(bulletin.Tasks, TaskStatus.Completed),
        InProgress = Count(bulletin.Tasks, TaskStatus.InProgress),
        NotMet = Count(bulletin.Tasks, TaskStatus.NotMet),
        Unknown = Count(bulletin.Tasks, TaskStatus.Unclear),
        CompletionRate = Rate(Count(bulletin.Tasks, TaskStatus.Completed), bulletin.Tasks.Count),
    };

    public static int Count(IEnumerable<BulletinTask> tasks, TaskStatus status) => tasks.Count(t => t.Status == status);

    public static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
