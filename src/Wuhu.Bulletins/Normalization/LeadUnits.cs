using System.Buffers;
using System.Text.RegularExpressions;

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

    [GeneratedRegex(@"[,，。;；:：!！?？“”""《》…\d%]")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"[、,，/／;；\s]+")]
    private static partial Regex ListSeparators();

    /// <summary>
    /// Characters a unit line can end with: the last character of a suffix, a closing parenthesis (a trailing
    /// parenthetical), or a list separator (then the last name is earlier). Any other last character rules the line
    /// out before any copy or regex: most lines are progress sentences ending in "。".
    /// </summary>
    private static readonly SearchValues<char> PossibleLastCharacters =
        SearchValues.Create([.. Suffixes.Select(s => s[^1]).Distinct(), ')', '）', '、', ',', '，', '/', '／', ';', '；']);

    /// <summary>What may follow a unit name at the end of a line: whitespace and a final stop ("市财政局。").</summary>
    private static readonly SearchValues<char> SpacesAndFinalStops = SearchValues.Create([.. TextCleaner.SpaceCharacters, .. FinalStops]);

    /// <summary>True when the whole line reads as one or more unit names.</summary>
    public static bool IsUnitLine(string line)
    {
        if (line.Length > 80) return false; // a paragraph, not a name: skip the work below
        var end = line.AsSpan().LastIndexOfAnyExcept(SpacesAndFinalStops);
        if (end < 0 || !PossibleLastCharacters.Contains(line[end])) return false;
        // Spans over the line: this runs several times per line, and copying was most of its cost.
        var compact = TextCleaner.TrimSpaces(line);
        if (TextCleaner.ContainsSpace(compact)) compact = TextCleaner.RemoveAllWhitespace(line);
        var text = StripEnclosingParentheses(WithoutFinalStop(compact));
        if (text.Length is < 2 or > 40 || SentencePunctuation().IsMatch(text)) return false;
        foreach (var word in SentenceWords)
        {
            if (text.IndexOf(word) >= 0) return false;
        }

        foreach (var range in ListSeparators().EnumerateSplits(text))
        {
            var part = text[range];
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
        // The length limits below, checked before any copy is made (most lines are longer).
        if (TextCleaner.VisibleLength(line) is < 2 or > 12 || TextCleaner.VisibleLength(next) > 12) return false;
        var first = TextCleaner.RemoveAllWhitespace(line);
        var second = TextCleaner.RemoveAllWhitespace(next);
        return first.Length is >= 2 and <= 12
            && second.Length <= 12
            && !IsUnitLine(first)
            && !SentencePunctuation().IsMatch(first)
            && !SentenceWords.Any(first.Contains)
            && UnitStarts.Contains(first[0])
            && !UnitStarts.Contains(second.FirstOrDefault())
            && IsUnitLine(first + second);
    }

    /// <summary>Splits unit lines into unit names, joining broken names and splitting run-together ones.</summary>
    public static List<string> Split(IReadOnlyList<string> lines)
    {
        var units = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TextCleaner.IsBlank(line)) continue;
            if (i + 1 < lines.Count && IsBrokenName(line, lines[i + 1]))
            {
                line += lines[++i];
            }

            foreach (var part in ListSeparators().Split(StripEnclosingParentheses(WithoutFinalStop(TextCleaner.RemoveAllWhitespace(line)))))
            {
                foreach (var unit in SplitRunTogether(StripEnclosingParentheses(part)))
                {
                    if (unit.Length > 0 && !units.Contains(unit)) units.Add(unit);
                }
            }
        }

        return units;
    }

    /// <summary>"市发改委市自规局市财政局" → three names: a name ends at a known suffix where another starts with 市/县/省/区.</summary>
    public static IEnumerable<string> SplitRunTogether(string text)
    {
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (UnitStarts.Contains(text[i]) && EndsWithSuffix(text.AsSpan(start, i - start)) && i - start >= 3 && EndsWithSuffix(text.AsSpan(i)))
            {
                yield return text[start..i];
                start = i;
            }
        }

        yield return text[start..];
    }

    /// <summary>"牵头责任单位:市发展和改革委员会。": list-style bulletins end the names like a sentence.</summary>
    private static ReadOnlySpan<char> WithoutFinalStop(ReadOnlySpan<char> text) => text.TrimEnd(FinalStops);

    private static string WithoutFinalStop(string text) => text.TrimEnd(FinalStopCharacters);

    // A params array written out would be a new array on every call (this runs for every unit line).
    private static readonly char[] FinalStopCharacters = FinalStops.ToCharArray();

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

    private static string StripEnclosingParentheses(string text) =>
        HasEnclosingParentheses(text) ? text[1..^1] : text;

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
