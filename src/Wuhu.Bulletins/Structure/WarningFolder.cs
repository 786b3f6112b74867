using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Folds many warnings of one kind into one that gives the count and the first examples, so that a file with
/// 300 blank number cells yields one readable warning rather than 300 lines; nothing is dropped without a count.
/// </summary>
internal static class WarningFolder
{
    /// <summary>Up to this many warnings of one kind are kept as they are.</summary>
    public const int KeptAsIs = 3;

    /// <summary>How many examples a folded warning quotes.</summary>
    public const int Examples = 3;

    public static List<ParseWarning> Fold(IReadOnlyList<ParseWarning> warnings)
    {
        var byCode = warnings.GroupBy(w => w.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var folded = new List<ParseWarning>();
        foreach (var warning in warnings)
        {
            var group = byCode[warning.Code];
            if (group.Count <= KeptAsIs)
            {
                folded.Add(warning);
            }
            else if (ReferenceEquals(group[0], warning))
            {
                var examples = string.Join(" | ", group.Take(Examples).Select(w => w.Message));
                folded.Add(warning with { Message = $"{group.Count} warnings of this kind; the first {Examples}: {examples}", Count = group.Sum(w => w.Count) });
            }
        }

        return folded;
    }
}
