using System.Globalization;
using System.Text;
using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Building;

/// <summary>
/// Compares one quarter's bulletin with the previous one. A task is the same task when its text is: identical
/// after normalization (same number first, then any number: a renumbered task), then similar (a reworded task;
/// same number first). Numbers alone never pair tasks, so a number the previous bulletin skipped is not a new
/// task unless its text is new, and a new text under an old number is a new task.
/// </summary>
internal static class ChangeDetector
{
    /// <summary>Share of common character pairs (Dice coefficient) above which two task texts are one reworded task.</summary>
    public const double SimilarText = 0.6;

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
        var openPrevious = previous.Select(t => (Task: t, Text: Normalize(t.Text))).ToList();
        var openCurrent = current.Select(t => (Task: t, Text: Normalize(t.Text))).ToList();

        Match((p, c) => p.Task.Number == c.Task.Number && p.Text == c.Text);
        Match((p, c) => p.Text == c.Text);
        Match((p, c) => p.Task.Number == c.Task.Number && Similarity(p.Text, c.Text) >= SimilarText);
        MatchMostSimilar();
        return pairs;

        // Greedy in bulletin order, which keeps the pairing deterministic when numbers or texts repeat.
        void Match(Func<(BulletinTask Task, string Text), (BulletinTask Task, string Text), bool> same)
        {
            foreach (var task in openCurrent.ToList())
            {
                var index = openPrevious.FindIndex(p => same(p, task));
                if (index >= 0)
                {
                    pairs.Add((openPrevious[index].Task, task.Task));
                    openPrevious.RemoveAt(index);
                    openCurrent.Remove(task);
                }
            }
        }

        void MatchMostSimilar()
        {
            foreach (var task in openCurrent.ToList())
            {
                var best = openPrevious
                    .Select((p, i) => (Index: i, Score: Similarity(p.Text, task.Text)))
                    .Where(s => s.Score >= SimilarText)
                    .OrderByDescending(s => s.Score).ThenBy(s => s.Index)
                    .FirstOrDefault(s => s.Score > 0);
                if (best.Score >= SimilarText)
                {
                    pairs.Add((openPrevious[best.Index].Task, task.Task));
                    openPrevious.RemoveAt(best.Index);
                    openCurrent.Remove(task);
                }
            }
        }
    }

    /// <summary>
    /// What a task is, free of how a format writes it: full-width forms folded (NFKC), whitespace and punctuation
    /// removed.
    /// </summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var category = char.GetUnicodeCategory(c);
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && category is not (UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Dice coefficient of the two texts' character pairs (1 = same pairs, 0 = none shared).</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return a == b ? 1 : 0;
        }

        var pairsOfA = new Dictionary<(char, char), int>();
        for (var i = 1; i < a.Length; i++)
        {
            pairsOfA[(a[i - 1], a[i])] = pairsOfA.GetValueOrDefault((a[i - 1], a[i])) + 1;
        }

        var shared = 0;
        for (var i = 1; i < b.Length; i++)
        {
            if (pairsOfA.TryGetValue((b[i - 1], b[i]), out var left) && left > 0)
            {
                pairsOfA[(b[i - 1], b[i])] = left - 1;
                shared++;
            }
        }

        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }

    private static TaskRef Ref(BulletinTask task) => new(task.Number, task.Text, TaskUnits.Of(task), task.Status);
}
