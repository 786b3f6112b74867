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

    /// <summary>True when the whole line reads as one or more unit names.</summary>
    public static bool IsUnitLine(string line)
    {
        if (line.Length > 80) return false; // a paragraph, not a name: skip the work below
        var text = StripEnclosingParentheses(WithoutFinalStop(TextCleaner.RemoveAllWhitespace(line)));
        if (text.Length is < 2 or > 40 || SentencePunctuation().IsMatch(text)) return false;
        if (SentenceWords.Any(text.Contains)) return false;
        return ListSeparators().Split(text).Where(p => p.Length > 0).All(part => EndsWithSuffix(StripTrailingParenthetical(part)));
    }

    /// <summary>
    /// True for the first half of a name broken over two lines: short, no punctuation, not itself a name, and the
    /// two halves together end like a name ("市退役军人" + "事务局").
    /// </summary>
    public static bool IsBrokenName(string line, string next)
    {
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
            if (UnitStarts.Contains(text[i]) && EndsWithSuffix(text[start..i]) && i - start >= 3 && EndsWithSuffix(text[i..]))
            {
                yield return text[start..i];
                start = i;
            }
        }

        yield return text[start..];
    }

    /// <summary>"牵头责任单位:市发展和改革委员会。": list-style bulletins end the names like a sentence.</summary>
    private static string WithoutFinalStop(string text) => text.TrimEnd('。', '；', ';', '.');

    private static bool EndsWithSuffix(string text) => text.Length >= 2 && Suffixes.Any(s => text.EndsWith(s, StringComparison.Ordinal) && text.Length > s.Length);

    private static string StripEnclosingParentheses(string text)
    {
        if (text.Length >= 3 && text[0] is '(' or '（' && text[^1] is ')' or '）' && text.IndexOfAny([')', '）'], 1) == text.Length - 1)
        {
            return text[1..^1];
        }

        return text;
    }

    /// <summary>"市发改委(市能源局)" ends like a name once its trailing parenthetical is set aside.</summary>
    private static string StripTrailingParenthetical(string text)
    {
        var open = text.LastIndexOfAny(['(', '（']);
        return open > 0 && text[^1] is ')' or '）' ? text[..open] : text;
    }
}
