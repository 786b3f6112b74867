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

    /// <summary>
    /// Canonical names in order, each once, empty names dropped (<see cref="UnitDirectory.Canonicalize(IReadOnlyList{string}, ISet{string}?)"/>).
    /// When that changes nothing — most rows already use the canonical names — the list as written is returned
    /// itself rather than a copy of it.
    /// </summary>
    public IReadOnlyList<string> Canonicalize(IReadOnlyList<string> asWritten)
    {
        List<string>? changed = null;
        for (var i = 0; i < asWritten.Count; i++)
        {
            var canonical = Canonical(asWritten[i]);
            var keep = canonical.Length > 0 && !(changed is null ? ContainsBefore(asWritten, i, canonical) : changed.Contains(canonical));
            if (changed is null)
            {
                if (keep && string.Equals(canonical, asWritten[i], StringComparison.Ordinal)) continue;
                changed = new List<string>(asWritten.Count);
                for (var j = 0; j < i; j++) changed.Add(asWritten[j]);
            }

            if (keep) changed.Add(canonical);
        }

        return changed ?? asWritten;
    }

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

    private static bool ContainsBefore(IReadOnlyList<string> names, int end, string name)
    {
        for (var i = 0; i < end; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
