using System.Buffers;
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

    /// <summary>
    /// Every character <see cref="IsSpace"/> accepts, as a lookup table: the parser asks this of every character of
    /// every line several times, and most lines have no space to remove (then no copy is made).
    /// </summary>
    /// <summary>Every character <see cref="IsSpace"/> accepts (initialized before <see cref="Spaces"/>, which reads it).</summary>
    internal static char[] SpaceCharacters { get; } = AllSpaces();

    private static readonly SearchValues<char> Spaces = SearchValues.Create(SpaceCharacters);

    private static char[] AllSpaces()
    {
        var spaces = new List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u3000' or '\u200B' or '\uFEFF') spaces.Add(c);
        }

        return [.. spaces];
    }

    public static bool IsBlank(string? line) => line is null || !line.AsSpan().ContainsAnyExcept(Spaces);

    public static bool IsSpace(char c) => Spaces.Contains(c);

    public static bool ContainsSpace(ReadOnlySpan<char> text) => text.ContainsAny(Spaces);

    private static readonly SearchValues<char> SpacesOtherThanNewLine = SearchValues.Create([.. SpaceCharacters.Where(c => c != '\n')]);

    /// <summary>Whitespace inside a text of paragraphs joined by line breaks.</summary>
    internal static bool ContainsSpaceOtherThanNewLine(ReadOnlySpan<char> text) => text.ContainsAny(SpacesOtherThanNewLine);

    /// <summary>The text without any whitespace; the same instance when there is none.</summary>
    public static string RemoveAllWhitespace(string text)
    {
        var first = text.AsSpan().IndexOfAny(Spaces);
        if (first < 0) return text;
        var kept = text.Length - first;
        foreach (var c in text.AsSpan(first))
        {
            if (Spaces.Contains(c)) kept--;
        }

        return string.Create(first + kept, (text, first), static (destination, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(destination);
            var at = start;
            foreach (var c in source.AsSpan(start))
            {
                if (!Spaces.Contains(c)) destination[at++] = c;
            }
        });
    }

    /// <summary>
    /// The text with all whitespace removed, as a span: the trimmed text in place when its only whitespace is at the
    /// ends (indented lines of copied web text), a copy only when there is whitespace inside.
    /// </summary>
    public static ReadOnlySpan<char> CompactSpan(string text)
    {
        var trimmed = TrimSpaces(text);
        return trimmed.ContainsAny(Spaces) ? RemoveAllWhitespace(text).AsSpan() : trimmed;
    }

    /// <summary>
    /// <paramref name="pattern"/> against the text with all whitespace removed, without copying the text when its only
    /// whitespace is at the ends (indented lines of copied web text).
    /// </summary>
    public static bool IsMatchWithoutWhitespace(Regex pattern, string text)
    {
        var trimmed = TrimSpaces(text);
        return trimmed.ContainsAny(Spaces) ? pattern.IsMatch(RemoveAllWhitespace(text)) : pattern.IsMatch(trimmed);
    }

    /// <summary>The text without leading and trailing <see cref="IsSpace"/> characters.</summary>
    public static ReadOnlySpan<char> TrimSpaces(string text)
    {
        var span = text.AsSpan();
        var start = span.IndexOfAnyExcept(Spaces);
        return start < 0 ? [] : span[start..(span.LastIndexOfAnyExcept(Spaces) + 1)];
    }

    /// <summary>How many characters are left once whitespace is removed.</summary>
    public static int VisibleLength(string text)
    {
        var length = text.Length;
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(Spaces); at >= 0; at = span.IndexOfAny(Spaces))
        {
            length--;
            span = span[(at + 1)..];
        }

        return length;
    }

    /// <summary>Trims a line, drops spaces that touch Chinese text or precede closing punctuation, and normalizes "2.." / "3 ." item numbers.</summary>
    public static string CleanLine(string line)
    {
        var text = line.AsSpan().Trim();
        if (!text.ContainsAny(Spaces))
        {
            // No inner whitespace (most Chinese paragraphs): only the trim and the item number can change the line.
            return NormalizeItemNumber(text.Length == line.Length ? line : text.ToString());
        }

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
        if (line.Length == 0 || !char.IsDigit(line[0])) return line; // the pattern starts with \d (any Unicode digit)
        var match = NumberedItem().Match(line);
        if (!match.Success) return line;
        var digits = match.Groups[1];
        if (match.Length == digits.Length + 1 && line[digits.Length] == '.') return line;
        return string.Concat(digits.ValueSpan, ".", line.AsSpan(match.Length));
    }

    /// <summary>Cleans each line, drops blank ones and joins them as paragraphs.</summary>
    public static string JoinParagraphs(IEnumerable<string> lines)
    {
        // Most cells are one paragraph: then the cleaned line itself, without a builder.
        string? single = null;
        List<string>? several = null;
        foreach (var line in lines)
        {
            var clean = CleanLine(line);
            if (clean.Length == 0) continue;
            if (single is null) single = clean;
            else (several ??= [single]).Add(clean);
        }

        return several is not null ? string.Join("\n", several) : single ?? "";
    }

    private static bool DropsSpace(char before, char after) =>
        IsCjk(before) || IsCjk(after)
            || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '%' or ']'
            || before is '(' or '[';
}
