using Wuhu.Bulletins.Model;

namespace Wuhu.Reports.Building;

internal static class TaskUnits
{
    /// <summary>The task's lead units, trimmed, blanks dropped, each once, in the bulletin's order.</summary>
    public static IReadOnlyList<string> Of(BulletinTask task) =>
        [.. task.LeadUnits.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>Tasks by number; tasks sharing a number keep the bulletin's order (OrderBy is stable).</summary>
    public static IEnumerable<BulletinTask> ByNumber(IEnumerable<BulletinTask> tasks) => tasks.OrderBy(t => t.Number);
}
