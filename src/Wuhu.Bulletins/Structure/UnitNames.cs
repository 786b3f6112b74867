using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Gives every task's lead and cooperating units their canonical names from the unit directory (the names as printed
/// are kept beside them), and lists the names the directory does not know in one info note (so the file can grow).
/// One instance per parse, used while the tasks are built; not thread-safe.
/// </summary>
internal sealed class UnitNames(UnitDirectory directory)
{
    private readonly SortedSet<string> unknown = new(StringComparer.Ordinal);

    /// <summary>
    /// Each name as written → its canonical name: a bulletin names the same hundred offices on every row, so each
    /// distinct name is looked up (and, when unknown, recorded) once per parse.
    /// </summary>
    private readonly Dictionary<string, string> canonicalByWritten = new(StringComparer.Ordinal);

    /// <summary><see cref="Canonical"/> as a delegate made once per parse, not once per row.</summary>
    private Func<string, string> CanonicalOf => field ??= Canonical;

    /// <summary>
    /// <see cref="UnitDirectory.Canonicalize(IReadOnlyList{string}, ISet{string}?)"/> with this parse's lookups: the
    /// list as written itself when it already holds canonical names.
    /// </summary>
    public IReadOnlyList<string> Canonicalize(IReadOnlyList<string> asWritten) => UnitDirectory.Canonicalize(asWritten, CanonicalOf);

    /// <summary>The "unknownUnits" info note for every name met so far that the directory does not know, if any.</summary>
    public void ReportUnknown(List<ParseWarning> warnings)
    {
        if (unknown.Count == 0) return;
        warnings.Add(new ParseWarning(
            "unknownUnits",
            $"{unknown.Count} unit name(s) are not in the unit directory (units.tsv) and were kept as written: {string.Join("、", unknown)}.",
            WarningSeverity.Info));
    }

    private string Canonical(string name)
    {
        if (canonicalByWritten.TryGetValue(name, out var canonical)) return canonical;
        var found = directory.Find(name);
        canonical = found ?? directory.Canonical(name);
        if (found is null) unknown.Add(canonical);
        canonicalByWritten.Add(name, canonical);
        return canonical;
    }
}
