using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Gives every task's lead and cooperating units their canonical names from the unit directory, keeping the
/// names as printed, and lists the names the directory does not know in one info note (so the file can grow).
/// </summary>
internal static class UnitNames
{
    public static List<BulletinTask> Canonicalize(IReadOnlyList<BulletinTask> tasks, UnitDirectory directory, List<ParseWarning> warnings)
    {
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        var result = new List<BulletinTask>(tasks.Count);
        foreach (var task in tasks)
        {
            result.Add(task with
            {
                LeadUnitsAsWritten = task.LeadUnits,
                LeadUnits = directory.Canonicalize(task.LeadUnits, unknown),
                PartnerUnitsAsWritten = task.PartnerUnits,
                PartnerUnits = directory.Canonicalize(task.PartnerUnits, unknown),
            });
        }

        if (unknown.Count > 0)
        {
            warnings.Add(new ParseWarning(
                "unknownUnits",
                $"{unknown.Count} unit name(s) are not in the unit directory (units.tsv) and were kept as written: {string.Join("、", unknown)}.",
                WarningSeverity.Info));
        }

        return result;
    }
}
