using Wuhu.Bulletins.Model;

namespace Wuhu.Web.Api;

/// <summary>
/// Finds each task's counterpart in the previous quarter, the way the quarterly report does: same number and
/// text, then same text (renumbered), then same number (reworded). Greedy in bulletin order, so repeated
/// numbers or texts pair deterministically.
/// </summary>
public static class TaskPairing
{
    public static Dictionary<BulletinTask, BulletinTask> PreviousOf(IReadOnlyList<BulletinTask> previous, IReadOnlyList<BulletinTask> current)
    {
        var pairs = new Dictionary<BulletinTask, BulletinTask>(ReferenceEqualityComparer.Instance);
        var open = previous.ToList();
        Match((p, c) => p.Number == c.Number && Normalize(p.Text) == Normalize(c.Text));
        Match((p, c) => Normalize(p.Text) == Normalize(c.Text));
        Match((p, c) => p.Number == c.Number);
        return pairs;

        void Match(Func<BulletinTask, BulletinTask, bool> same)
        {
            foreach (var task in current.Where(t => !pairs.ContainsKey(t)))
            {
                if (open.FirstOrDefault(p => same(p, task)) is { } match)
                {
                    pairs[task] = match;
                    open.Remove(match);
                }
            }
        }
    }

    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)));
}
