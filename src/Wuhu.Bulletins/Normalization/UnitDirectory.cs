using System.Globalization;
using System.Reflection;

namespace Wuhu.Bulletins.Normalization;

/// <summary>A known office: its canonical (short, current) name, full name, other names and former names.</summary>
public sealed record KnownUnit(string Canonical, string FullName, IReadOnlyList<string> OtherNames, IReadOnlyList<FormerName> FormerNames);

/// <summary>A name an office had before a reform or rename ("市经信委" until 2019).</summary>
/// <param name="Year">The year of the rename, when known.</param>
/// <param name="Confirmed">False when the year is marked "?" in the file (to be checked).</param>
public sealed record FormerName(string Name, int? Year, bool Confirmed);

/// <summary>
/// The city's offices under every name bulletins use for them (市发改委 / 市发展改革委 / 市发展和改革委员会;
/// 市经信局 → 市工信局 after a rename), read from the embedded <c>units.tsv</c>. Unknown names pass through unchanged.
/// </summary>
public sealed class UnitDirectory
{
    private static readonly Lazy<UnitDirectory> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, string> canonicalByName;

    private UnitDirectory(IReadOnlyList<KnownUnit> units, Dictionary<string, string> canonicalByName)
    {
        Units = units;
        this.canonicalByName = canonicalByName;
    }

    /// <summary>The directory shipped in the assembly (src/Wuhu.Bulletins/Normalization/units.tsv).</summary>
    public static UnitDirectory Default => Embedded.Value;

    public IReadOnlyList<KnownUnit> Units { get; }

    /// <summary>The canonical name of <paramref name="name"/>, or null when the directory does not know it.</summary>
    public string? Find(string name)
    {
        var key = Key(name);
        if (canonicalByName.TryGetValue(key, out var canonical)) return canonical;
        // "芜湖市发改委" is 市发改委; "芜湖经开区" is 经开区.
        if (key.StartsWith("芜湖市", StringComparison.Ordinal) && canonicalByName.TryGetValue(key[2..], out canonical)) return canonical;
        if (key.StartsWith("芜湖", StringComparison.Ordinal) && canonicalByName.TryGetValue(key[2..], out canonical)) return canonical;
        return null;
    }

    /// <summary>The canonical name, or the name itself (whitespace removed) when unknown.</summary>
    public string Canonical(string name) => Find(name) ?? Key(name);

    /// <summary>Canonical names in order, each once; names the directory does not know are added to <paramref name="unknown"/>.</summary>
    public List<string> Canonicalize(IEnumerable<string> names, ISet<string>? unknown = null)
    {
        var result = new List<string>();
        foreach (var name in names)
        {
            var canonical = Find(name);
            if (canonical is null) unknown?.Add(Key(name));
            canonical ??= Key(name);
            if (canonical.Length > 0 && !result.Contains(canonical)) result.Add(canonical);
        }

        return result;
    }

    /// <inheritdoc cref="Canonicalize(IEnumerable{string}, ISet{string}?)"/>
    /// <remarks>When that changes nothing (the names are already canonical), the list itself is returned.</remarks>
    public IReadOnlyList<string> Canonicalize(IReadOnlyList<string> names, ISet<string>? unknown = null) =>
        Canonicalize(names, name =>
        {
            var canonical = Find(name);
            if (canonical is null) unknown?.Add(Key(name));
            return canonical ?? Key(name);
        });

    /// <summary>
    /// The names as <paramref name="canonicalOf"/> gives them, in order, each once, empty ones dropped; the list itself
    /// when that changes nothing — most rows of a bulletin already use the canonical names, and a parse keeps one list
    /// for both forms rather than a copy.
    /// </summary>
    internal static IReadOnlyList<string> Canonicalize(IReadOnlyList<string> names, Func<string, string> canonicalOf)
    {
        List<string>? changed = null;
        for (var i = 0; i < names.Count; i++)
        {
            var canonical = canonicalOf(names[i]);
            var keep = canonical.Length > 0 && !(changed is null ? ContainsBefore(names, i, canonical) : changed.Contains(canonical));
            if (changed is null)
            {
                if (keep && string.Equals(canonical, names[i], StringComparison.Ordinal)) continue;
                changed = new List<string>(names.Count);
                for (var j = 0; j < i; j++) changed.Add(names[j]);
            }

            if (keep) changed.Add(canonical);
        }

        return changed ?? names;
    }

    private static bool ContainsBefore(IReadOnlyList<string> names, int end, string name)
    {
        for (var i = 0; i < end; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Reads the file format: "canonical \t full name \t other names (、) \t former names (name@year、…)"; # starts a comment.</summary>
    public static UnitDirectory Parse(string text)
    {
        var units = new List<KnownUnit>();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            if (raw.Length == 0 || raw.StartsWith('#')) continue;
            var fields = raw.Split('\t');
            if (fields.Length is < 2 or > 4 || fields[0].Trim().Length == 0)
            {
                throw new FormatException($"units.tsv line {lineNumber}: expected 2–4 tab-separated fields (canonical, full name, other names, former names), got \"{raw}\".");
            }

            var canonical = Key(fields[0]);
            var others = fields.Length > 2 ? SplitList(fields[2]) : [];
            var former = (fields.Length > 3 ? SplitList(fields[3]) : []).Select(f => ReadFormer(f, lineNumber)).ToList();
            var unit = new KnownUnit(canonical, fields[1].Trim(), others, former);
            units.Add(unit);
            foreach (var name in new[] { canonical, unit.FullName }.Concat(others).Concat(former.Select(f => f.Name)))
            {
                Register(byName, Key(name), canonical, lineNumber);
                // Full names carry the city ("芜湖市发展和改革委员会"); bulletins usually drop it ("市发展和改革委员会").
                if (Key(name).StartsWith("芜湖市", StringComparison.Ordinal)) Register(byName, Key(name)[2..], canonical, lineNumber);
            }
        }

        return new UnitDirectory(units, byName);
    }

    private static void Register(Dictionary<string, string> byName, string name, string canonical, int lineNumber)
    {
        if (name.Length == 0) return;
        if (byName.TryGetValue(name, out var existing) && existing != canonical)
        {
            throw new FormatException($"units.tsv line {lineNumber}: \"{name}\" already names {existing}; one name can only name one office.");
        }

        byName[name] = canonical;
    }

    private static FormerName ReadFormer(string text, int lineNumber)
    {
        var at = text.IndexOf('@');
        if (at < 0) return new FormerName(text, null, false);
        var year = text[(at + 1)..];
        var confirmed = !year.EndsWith('?');
        if (!int.TryParse(year.TrimEnd('?'), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1949 or > 2100)
        {
            throw new FormatException($"units.tsv line {lineNumber}: \"{text}\" should be name@year (e.g. 市经信委@2019).");
        }

        return new FormerName(text[..at], value, confirmed);
    }

    private static List<string> SplitList(string field) =>
        [.. field.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Whitespace removed, full-width parentheses as ASCII, a trailing 。 or ; dropped.</summary>
    private static string Key(string name) =>
        TextCleaner.RemoveAllWhitespace(name).Replace('（', '(').Replace('）', ')').TrimEnd(KeyEndings);

    private static readonly char[] KeyEndings = ['。', ';', '；', ',', '，'];

    private static UnitDirectory LoadEmbedded()
    {
        var assembly = typeof(UnitDirectory).Assembly;
        using var stream = assembly.GetManifestResourceStream("Wuhu.Bulletins.units.tsv")
            ?? throw new InvalidOperationException("the embedded unit directory units.tsv is missing from " + assembly.GetName().Name);
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
