using System.Buffers;
using System.Text.RegularExpressions;

namespace Wuhu.Bulletins.Normalization;

/// <summary>
/// Whitespace repair for text copied out of web pages and office files: "已 完成" → "已完成", "7.4万 人 次" → "7.4万人次",
/// "3 .推进" → "3.推进", while "GDP growth" keeps its space.
/// </summary>
public static partial class TextCleaner
{
    /// <summary>True for characters after or before which a space is never meaningful in Chinese text.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' // radicals, CJK punctuation, kana, Ext A, URO
            or >= '\uF900' and <= '\uFAFF' // compatibility ideographs
            or >= '\uFF00' and <= '\uFFEF' // full-width forms
            or >= '\uFE30' and <= '\uFE4F' // vertical/compatibility forms
            or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2014' or '\u2026' or '\u00B7'
            || char.IsSurrogate(c); // Ext B+ ideographs

    /// <summary>Every character <see cref="IsSpace"/> accepts: char.IsWhiteSpace, no-break and ideographic spaces, zero-width space, BOM.</summary>
    internal static char[] SpaceCharacters { get; } = AllSpaces();

    /// <summary>
    /// <see cref="SpaceCharacters"/> as one bit per UTF-16 code unit (8 KB, initialized after the list it reads). The
    /// parser asks this of every character of every line several times, and most lines have no space: a
    /// SearchValues&lt;char&gt; of these 27 characters spread over the plane takes a probabilistic path on Chinese text that
    /// was measured about ten times slower on bulletin lines than this lookup.
    /// </summary>
    private static readonly ulong[] SpaceBits = BitsOf(SpaceCharacters);

    private static char[] AllSpaces()
    {
        var spaces = new List<char>();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u3000' or '\u200B' or '\uFEFF') spaces.Add(c);
        }

        return [.. spaces];
    }

    private static ulong[] BitsOf(char[] characters)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in characters) bits[c >> 6] |= 1UL << (c & 63);
        return bits;
    }

    public static bool IsBlank(string? line) => line is null || IndexOfNonSpace(line) < 0;

    public static bool IsSpace(char c) => (SpaceBits[c >> 6] & (1UL << (c & 63))) != 0;

    public static bool ContainsSpace(ReadOnlySpan<char> text) => IndexOfSpace(text) >= 0;

    private static int IndexOfSpace(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSpace(text[i])) return i;
        }

        return -1;
    }

    private static int IndexOfNonSpace(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsSpace(text[i])) return i;
        }

        return -1;
    }

    private static int LastIndexOfNonSpace(ReadOnlySpan<char> text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!IsSpace(text[i])) return i;
        }

        return -1;
    }

    /// <summary>Whitespace inside a text of paragraphs joined by line breaks.</summary>
    internal static bool ContainsSpaceOtherThanNewLine(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c != '\n' && IsSpace(c)) return true;
        }

        return false;
    }

    /// <summary>The text without any whitespace; the same instance when there is none.</summary>
    public static string RemoveAllWhitespace(string text)
    {
        var first = IndexOfSpace(text);
        if (first < 0) return text;
        var kept = text.Length - first;
        foreach (var c in text.AsSpan(first))
        {
            if (IsSpace(c)) kept--;
        }

        return string.Create(first + kept, (text, first), static (destination, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(destination);
            var at = start;
            foreach (var c in source.AsSpan(start))
            {
                if (!IsSpace(c)) destination[at++] = c;
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
        return ContainsSpace(trimmed) ? RemoveAllWhitespace(text).AsSpan() : trimmed;
    }

    /// <summary>
    /// <paramref name="pattern"/> against the text with all whitespace removed, without copying the text when its only
    /// whitespace is at the ends (indented lines of copied web text).
    /// </summary>
    public static bool IsMatchWithoutWhitespace(Regex pattern, string text)
    {
        var trimmed = TrimSpaces(text);
        return ContainsSpace(trimmed) ? pattern.IsMatch(RemoveAllWhitespace(text)) : pattern.IsMatch(trimmed);
    }

    /// <summary>The text without leading and trailing <see cref="IsSpace"/> characters.</summary>
    public static ReadOnlySpan<char> TrimSpaces(string text)
    {
        var span = text.AsSpan();
        var start = IndexOfNonSpace(span);
        return start < 0 ? [] : span[start..(LastIndexOfNonSpace(span) + 1)];
    }

    /// <summary>How many characters are left once whitespace is removed.</summary>
    public static int VisibleLength(string text)
    {
        var length = text.Length;
        foreach (var c in text)
        {
            if (IsSpace(c)) length--;
        }

        return length;
    }

    /// <summary>Trims a line, drops spaces that touch Chinese text or precede closing punctuation, and normalizes "2.." / "3 ." item numbers.</summary>
    public static string CleanLine(string line)
    {
        var text = line.AsSpan().Trim();
        if (!ContainsSpace(text) && !ItemNumberChanges(text, out _, out _))
        {
            // Most lines: only the trim can change them, and the line itself is returned when nothing does.
            return text.Length == line.Length ? line : text.ToString();
        }

        var buffer = line.Length <= StackLimit ? stackalloc char[line.Length] : new char[line.Length];
        return buffer[..CleanInto(line, buffer)].ToString();
    }

    /// <summary>Lines up to this length are cleaned in a stack buffer (paragraphs are rarely longer).</summary>
    private const int StackLimit = 512;

    /// <summary>
    /// <see cref="CleanLine"/> written into <paramref name="destination"/> (at least as long as the line), returning the
    /// cleaned length: callers that join or split lines use the cleaned characters without a string per line.
    /// Cleaning never lengthens a line (a run of spaces becomes at most one, "2.." becomes "2.").
    /// </summary>
    internal static int CleanInto(ReadOnlySpan<char> line, Span<char> destination)
    {
        var text = line.Trim();
        var length = 0;
        if (!ContainsSpace(text))
        {
            text.CopyTo(destination);
            length = text.Length;
        }
        else
        {
            var i = 0;
            while (i < text.Length)
            {
                if (!IsSpace(text[i]))
                {
                    destination[length++] = text[i++];
                    continue;
                }

                var end = i;
                while (end < text.Length && IsSpace(text[end])) end++;
                var before = length > 0 ? destination[length - 1] : '\0';
                var after = end < text.Length ? text[end] : '\0';
                if (!DropsSpace(before, after)) destination[length++] = ' ';
                i = end;
            }
        }

        if (ItemNumberChanges(destination[..length], out var digits, out var matched))
        {
            // "2.." / "3 ." → "2." / "3.": the digits stay, one '.' replaces the matched dots and spaces.
            destination[digits] = '.';
            destination[matched..length].CopyTo(destination[(digits + 1)..]);
            length -= matched - digits - 1;
        }

        return length;
    }

    /// <summary>
    /// The item-number rule "^(\d{1,2})\s*[.．]{1,3}(?!\d)" written out (it is asked of every cleaned line): true when a
    /// match exists and rewriting it as digits + "." changes the line. <paramref name="digits"/> is the number's length,
    /// <paramref name="matched"/> the match's.
    /// </summary>
    private static bool ItemNumberChanges(ReadOnlySpan<char> line, out int digits, out int matched)
    {
        digits = 0;
        matched = 0;
        while (digits < line.Length && char.IsDigit(line[digits])) digits++;
        // Three digits or more can never match: the pattern takes at most two, and a digit cannot follow them.
        if (digits is 0 or > 2) return false;
        var at = digits;
        while (at < line.Length && char.IsWhiteSpace(line[at])) at++;
        var dots = 0;
        while (dots < 3 && at + dots < line.Length && line[at + dots] is '.' or '．') dots++;
        // The look-ahead (?!\d): with a digit after the last dot the match gives that dot back ("1..5" → "1." + ".5").
        if (at + dots < line.Length && char.IsDigit(line[at + dots])) dots--;
        if (dots <= 0) return false;
        matched = at + dots;
        return !(matched == digits + 1 && line[digits] == '.');
    }

    /// <summary>Cleans each line, drops blank ones and joins them as paragraphs.</summary>
    public static string JoinParagraphs(IEnumerable<string> lines)
    {
        if (lines is IReadOnlyList<string> list) return JoinParagraphs(list);
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

    /// <summary>
    /// <see cref="JoinParagraphs(IEnumerable{string})"/> for a list: the lines are cleaned into one buffer and become one
    /// string, without a string per line; a single line that cleaning leaves unchanged is returned as it is.
    /// </summary>
    public static string JoinParagraphs(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0) return "";
        var capacity = lines.Count;
        for (var i = 0; i < lines.Count; i++) capacity += lines[i].Length;
        char[]? rented = null;
        var buffer = capacity <= StackLimit ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        var length = 0;
        string? only = null;
        var paragraphs = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var start = paragraphs == 0 ? 0 : length + 1;
            var cleaned = CleanInto(lines[i], buffer[start..]);
            if (cleaned == 0) continue;
            if (paragraphs > 0) buffer[length] = '\n';
            length = start + cleaned;
            only = ++paragraphs == 1 ? lines[i] : null;
        }

        var result = only is not null && buffer[..length].SequenceEqual(only) ? only : buffer[..length].ToString();
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    private static bool DropsSpace(char before, char after) =>
        IsCjk(before) || IsCjk(after)
            || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '%' or ']'
            || before is '(' or '[';
}
