using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Reports.Building;

internal static class TaskUnits
{
    /// <summary>
    /// The task's lead units by canonical name (so 市经信局 and 市工信局 count as one office, also in versions
    /// stored before the parser made names canonical), blanks dropped, each once, in the bulletin's order.
    /// </summary>
    public static IReadOnlyList<string> Of(BulletinTask task) => UnitDirectory.Default.Canonicalize(task.LeadUnits);

    /// <summary>The cooperating units by canonical name.</summary>
    public static IReadOnlyList<string> PartnersOf(BulletinTask task) => UnitDirectory.Default.Canonicalize(task.PartnerUnits);

    /// <summary>Tasks by number; tasks sharing a number keep the bulletin's order (OrderBy is stable).</summary>
    public static IEnumerable<BulletinTask> ByNumber(IEnumerable<BulletinTask> tasks) => tasks.OrderBy(t => t.Number);
}
