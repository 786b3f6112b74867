using System.Text;
using System.Text.RegularExpressions;

namespace Wuhu.Bulletins.Normalization;

/// <summary>
/// Whitespace repair for text copied out of web pages and office files: "已 完成" → "已完成", "7.4万 人 次" → "7.4万人次",
/// "3 .推进" → "3.推进", while "GDP growth" keeps its space.
/// </summary>
public static partial class TextCleaner
{
    [GeneratedRegex(@"^(\d{1,2})\s*[.．]{1,3}(?!\d)")]
    private static partial Regex NumberedItem();

    /// <summary>True for characters after or before which a space is never meaningful in Chinese text.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' // radicals, CJK punctuation, kana, Ext A, URO
            or >= '\uF900' and <= '\uFAFF' // compatibility ideographs
            or >= '\uFF00' and <= '\uFFEF' // full-width forms
            or >= '\uFE30' and <= '\uFE4F' // vertical/compatibility forms
            or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2014' or '\u2026' or '\u00B7'
            || char.IsSurrogate(c); // Ext B+ ideographs

    public static bool IsBlank(string? line) => line is null || line.All(IsSpace);

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u00A0' or '\u3000' or '\u200B' or '\uFEFF';

    public static string RemoveAllWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSpace(c)) builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Trims a line, drops spaces that touch Chinese text or precede closing punctuation, and normalizes "2.." / "3 ." item numbers.</summary>
    public static string CleanLine(string line)
    {
        var text = line.AsSpan().Trim();
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsSpace(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var end = i;
            while (end < text.Length && IsSpace(text[end])) end++;
            var before = builder.Length > 0 ? builder[^1] : '\0';
            var after = end < text.Length ? text[end] : '\0';
            if (!DropsSpace(before, after))
            {
                builder.Append(' ');
            }

            i = end;
        }

        return NormalizeItemNumber(builder.ToString());
    }

    /// <summary>
    /// "2.." / "3 ." → "2." / "3.". The pattern is anchored at the start, so there is at most one match; a line
    /// already written "1." is returned as is instead of being rebuilt (most numbered paragraphs are).
    /// </summary>
    private static string NormalizeItemNumber(string line)
    {
        var match = NumberedItem().Match(line);
        if (!match.Success) return line;
        var digits = match.Groups[1];
        if (match.Length == digits.Length + 1 && line[digits.Length] == '.') return line;
        return string.Concat(digits.ValueSpan, ".", line.AsSpan(match.Length));
    }

    /// <summary>Cleans each line, drops blank ones and joins them as paragraphs.</summary>
    public static string JoinParagraphs(IEnumerable<string> lines) =>
        string.Join("\n", lines.Select(CleanLine).Where(l => l.Length > 0));

    private static bool DropsSpace(char before, char after) =>
        IsCjk(before) || IsCjk(after)
            || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '%' or ']'
            || before is '(' or '[';
}
