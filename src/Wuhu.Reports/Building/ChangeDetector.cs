using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Building;

/// <summary>
/// Compares one quarter's bulletin with the previous one. Tasks are paired by number when the text is the same,
/// then by identical text (a renumbered task), then by number alone (reworded task); what stays unpaired is new
/// or removed.
/// </summary>
internal static class ChangeDetector
{
    public static QuarterChanges Compare(Bulletin previous, Bulletin current)
    {
        var pairs = Pair(previous.Tasks, current.Tasks);
        var paired = pairs.Select(p => p.Current).ToHashSet(ReferenceEqualityComparer.Instance);
        var pairedPrevious = pairs.Select(p => p.Previous).ToHashSet(ReferenceEqualityComparer.Instance);

        return new QuarterChanges
        {
            PreviousPeriodLabel = PeriodText.Label(previous.Period),
            StatusChanges =
            [
                .. pairs
                    .Where(p => p.Previous.Status != p.Current.Status)
                    .OrderBy(p => p.Current.Number)
                    .Select(p => new StatusChange(p.Current.Number, p.Current.Text, TaskUnits.Of(p.Current), p.Previous.Status, p.Current.Status)),
            ],
            NewTasks = [.. TaskUnits.ByNumber(current.Tasks.Where(t => !paired.Contains(t))).Select(Ref)],
            RemovedTasks = [.. TaskUnits.ByNumber(previous.Tasks.Where(t => !pairedPrevious.Contains(t))).Select(Ref)],
        };
    }

    private static List<(BulletinTask Previous, BulletinTask Current)> Pair(IReadOnlyList<BulletinTask> previous, IReadOnlyList<BulletinTask> current)
    {
        var pairs = new List<(BulletinTask, BulletinTask)>();
        var openPrevious = previous.ToList();
        var openCurrent = current.ToList();

        Match((p, c) => p.Number == c.Number && Normalize(p.Text) == Normalize(c.Text));
        Match((p, c) => Normalize(p.Text) == Normalize(c.Text));
        Match((p, c) => p.Number == c.Number);
        return pairs;

        // Greedy in bulletin order, which keeps the pairing deterministic when numbers or texts repeat.
        void Match(Func<BulletinTask, BulletinTask, bool> same)
        {
            foreach (var task in openCurrent.ToList())
            {
                var match = openPrevious.FirstOrDefault(p => same(p, task));
                if (match is not null)
                {
                    pairs.Add((match, task));
                    openPrevious.Remove(match);
                    openCurrent.Remove(task);
                }
            }
        }
    }

    /// <summary>Whitespace differs between bulletin formats; it never changes what a task is.</summary>
    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static TaskRef Ref(BulletinTask task) => new(task.Number, task.Text, TaskUnits.Of(task), task.Status);
}
