using System.Buffers;

namespace Wuhu.Bulletins.Normalization;

/// <summary>
/// Recognizes and splits lead-unit names as bulletins print them: one per line, several on a line separated by
/// "、" or by nothing ("市发改委市自规局市财政局"), one broken over two lines ("市退役军人" + "事务局"), or in parentheses.
/// </summary>
public static partial class LeadUnits
{
    /// <summary>Endings of government bodies, companies and districts that lead tasks (longest first).</summary>
    private static readonly string[] Suffixes =
    [
        "管委会", "办公室", "检察院", "委员会", "片区", "新区", "政府", "集团", "公司", "中心", "分局", "支队", "银行", "法院", "协会",
        "局", "委", "办", "处", "区", "部", "联", "厅", "院", "会", "站", "所", "队", "团", "馆", "社", "署", "司", "室", "县", "行",
    ];

    /// <summary>Where a unit name can start inside a run-together line.</summary>
    private static readonly char[] UnitStarts = ['市', '县', '省', '区'];

    /// <summary>Words that occur in progress sentences, not in the names of bodies.</summary>
    private static readonly string[] SentenceWords = ["的", "了", "已", "正在", "完成", "推进", "开展", "实施", "全部", "进行"];

    /// <summary>
    /// Punctuation of sentences, never of names; with any decimal digit (as the regex class \d, which
    /// <see cref="HasSentencePunctuation"/> tests with char.IsDigit) it rules a line out as a unit line.
    /// </summary>
    internal const string SentencePunctuationCharacters = ",，。;；:：!！?？“”\"《》…%";

    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(SentencePunctuationCharacters);

    /// <summary>
    /// Whether the text holds sentence punctuation or a digit: one pass over a short text, asked of every line a
    /// unit name could start (a regex class here was a tenth of the unit-line test).
    /// </summary>
    internal static bool HasSentencePunctuation(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (SentencePunctuation.Contains(c) || char.IsDigit(c)) return true;
        }

        return false;
    }

    /// <summary>
    /// What separates names on a line ("市发改委、市财政局", "市发改委/市财政局"). Whitespace separates them too, but the
    /// names are split on the whitespace-free line, so these characters are the whole test.
    /// </summary>
    private static readonly SearchValues<char> ListSeparators = SearchValues.Create("、,，/／;；");

    /// <summary>
    /// Characters a unit line can end with: the last character of a suffix, a closing parenthesis (a trailing
    /// parenthetical), or a list separator (then the last name is earlier). Any other last character rules the line
    /// out before any copy or regex: most lines are progress sentences ending in "。".
    /// </summary>
    private static readonly SearchValues<char> PossibleLastCharacters =
        SearchValues.Create([.. Suffixes.Select(s => s[^1]).Distinct(), ')', '）', '、', ',', '，', '/', '／', ';', '；']);

    /// <summary>True when the whole line reads as one or more unit names.</summary>
    public static bool IsUnitLine(string line) => IsUnitLine(line.AsSpan());

    /// <inheritdoc cref="IsUnitLine(string)"/>
    public static bool IsUnitLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 80) return false; // a paragraph, not a name: skip the work below
        // What may follow a unit name at the end of a line: whitespace and a final stop ("市财政局。"). A loop, not a
        // SearchValues over the 27 whitespace characters, which is slow on Chinese text (see TextCleaner.IsSpace).
        var end = line.Length - 1;
        while (end >= 0 && (TextCleaner.IsSpace(line[end]) || FinalStops.Contains(line[end]))) end--;
        if (end < 0 || !PossibleLastCharacters.Contains(line[end])) return false;
        // This runs several times per line: the whitespace-free form is made on the stack, never as a string.
        Span<char> buffer = stackalloc char[line.Length];
        var text = StripEnclosingParentheses(WithoutFinalStop(Compact(line, buffer)));
        if (text.Length is < 2 or > 40 || HasSentencePunctuation(text) || ContainsSentenceWord(text)) return false;
        for (var rest = text; !rest.IsEmpty;)
        {
            var part = NextPart(ref rest);
            if (part.Length > 0 && !EndsWithSuffix(StripTrailingParenthetical(part))) return false;
        }

        return true;
    }

    /// <summary>
    /// True for the first half of a name broken over two lines: short, no punctuation, not itself a name, and the
    /// two halves together end like a name ("市退役军人" + "事务局").
    /// </summary>
    public static bool IsBrokenName(string line, string next)
    {
        // The length limits below, checked before anything else (most lines are longer).
        if (TextCleaner.VisibleLength(line) is < 2 or > 12 || TextCleaner.VisibleLength(next) > 12) return false;
        Span<char> joined = stackalloc char[24];
        var first = Compact(line, joined);
        var second = Compact(next, joined[first.Length..]);
        // The cheap character tests first: two lines that each start a name ("市民政局" / "市财政局") are most pairs.
        return UnitStarts.Contains(first[0])
            && !(second.Length > 0 && UnitStarts.Contains(second[0]))
            && !ContainsSentenceWord(first)
            && !HasSentencePunctuation(first)
            && !IsUnitLine(first)
            && IsUnitLine(joined[..(first.Length + second.Length)]);
    }

    /// <summary>Splits unit lines into unit names, joining broken names and splitting run-together ones.</summary>
    public static List<string> Split(IReadOnlyList<string> lines) => Split(lines, null);

    /// <summary>
    /// <see cref="Split(IReadOnlyList{string})"/>, taking each name from <paramref name="names"/> when given: a bulletin
    /// names the same hundred offices over and over, so a parse keeps one string per distinct name.
    /// </summary>
    internal static List<string> Split(IReadOnlyList<string> lines, NamePool? names)
    {
        var units = new List<string>(lines.Count);
        Span<char> buffer = stackalloc char[CompactBufferLength];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TextCleaner.IsBlank(line)) continue;
            scoped ReadOnlySpan<char> compact;
            if (i + 1 < lines.Count && IsBrokenName(line, lines[i + 1]))
            {
                // Both halves are at most 12 visible characters (IsBrokenName checked).
                var first = Compact(line, buffer);
                compact = buffer[..(first.Length + Compact(lines[++i], buffer[first.Length..]).Length)];
            }
            else
            {
                compact = line.Length <= buffer.Length ? Compact(line, buffer) : TextCleaner.RemoveAllWhitespace(line);
            }

            AddNames(StripEnclosingParentheses(WithoutFinalStop(compact)), units, names);
        }

        return units;
    }

    /// <summary>The names on one unit line (<see cref="IsUnitLine(ReadOnlySpan{char})"/> is true for it).</summary>
    internal static List<string> SplitLine(ReadOnlySpan<char> line, NamePool? names)
    {
        var units = new List<string>(1);
        Span<char> buffer = stackalloc char[CompactBufferLength];
        var compact = line.Length <= buffer.Length ? Compact(line, buffer) : TextCleaner.RemoveAllWhitespace(line.ToString());
        AddNames(StripEnclosingParentheses(WithoutFinalStop(compact)), units, names);
        return units;
    }

    /// <summary>Unit lines are short: longer ones (a paragraph misread as units) are compacted into a string.</summary>
    private const int CompactBufferLength = 256;

    /// <summary>The names on one whitespace-free line: split at list separators, then at run-together names.</summary>
    private static void AddNames(ReadOnlySpan<char> text, List<string> units, NamePool? names)
    {
        for (var rest = text; !rest.IsEmpty;)
        {
            var part = StripEnclosingParentheses(NextPart(ref rest));
            var start = 0;
            for (var end = NextRunTogetherEnd(part, 0); end >= 0; end = NextRunTogetherEnd(part, start))
            {
                AddName(part[start..end], units, names);
                start = end;
            }

            AddName(part[start..], units, names);
        }
    }

    /// <summary>The text up to the next list separator (empty between two separators); <paramref name="rest"/> moves past it.</summary>
    private static ReadOnlySpan<char> NextPart(ref ReadOnlySpan<char> rest)
    {
        var stop = rest.IndexOfAny(ListSeparators);
        var part = stop < 0 ? rest : rest[..stop];
        rest = stop < 0 ? [] : rest[(stop + 1)..];
        return part;
    }

    private static void AddName(ReadOnlySpan<char> unit, List<string> units, NamePool? names)
    {
        if (unit.Length == 0) return;
        foreach (var known in units)
        {
            if (unit.SequenceEqual(known)) return;
        }

        units.Add(names is null ? unit.ToString() : names.Get(unit));
    }

    /// <summary>"市发改委市自规局市财政局" → three names: a name ends at a known suffix where another starts with 市/县/省/区.</summary>
    public static IEnumerable<string> SplitRunTogether(string text)
    {
        var start = 0;
        for (var end = NextRunTogetherEnd(text, 0); end >= 0; end = NextRunTogetherEnd(text, start))
        {
            yield return text[start..end];
            start = end;
        }

        yield return text[start..];
    }

    /// <summary>Where the name starting at <paramref name="start"/> ends inside a run-together line, or -1 at the last name.</summary>
    private static int NextRunTogetherEnd(ReadOnlySpan<char> text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (UnitStarts.Contains(text[i]) && EndsWithSuffix(text[start..i]) && i - start >= 3 && EndsWithSuffix(text[i..])) return i;
        }

        return -1;
    }

    /// <summary>The text without whitespace, written into <paramref name="buffer"/> (at least as long as its visible part).</summary>
    private static ReadOnlySpan<char> Compact(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (!TextCleaner.IsSpace(c)) buffer[length++] = c;
        }

        return buffer[..length];
    }

    private static bool ContainsSentenceWord(ReadOnlySpan<char> text)
    {
        foreach (var word in SentenceWords)
        {
            if (text.IndexOf(word) >= 0) return true;
        }

        return false;
    }

    /// <summary>"牵头责任单位:市发展和改革委员会。": list-style bulletins end the names like a sentence.</summary>
    private static ReadOnlySpan<char> WithoutFinalStop(ReadOnlySpan<char> text) => text.TrimEnd(FinalStops);

    private const string FinalStops = "。；;.";

    private static bool EndsWithSuffix(ReadOnlySpan<char> text)
    {
        if (text.Length < 2) return false;
        foreach (var suffix in Suffixes)
        {
            if (text.Length > suffix.Length && text.EndsWith(suffix)) return true;
        }

        return false;
    }

    private static ReadOnlySpan<char> StripEnclosingParentheses(ReadOnlySpan<char> text) =>
        HasEnclosingParentheses(text) ? text[1..^1] : text;

    private static bool HasEnclosingParentheses(ReadOnlySpan<char> text) =>
        text.Length >= 3 && text[0] is '(' or '（' && text[^1] is ')' or '）' && text[1..].IndexOfAny(')', '）') + 1 == text.Length - 1;

    /// <summary>"市发改委(市能源局)" ends like a name once its trailing parenthetical is set aside.</summary>
    private static ReadOnlySpan<char> StripTrailingParenthetical(ReadOnlySpan<char> text)
    {
        var open = text.LastIndexOfAny('(', '（');
        return open > 0 && text[^1] is ')' or '）' ? text[..open] : text;
    }
}
