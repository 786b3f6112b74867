using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wuhu.Bulletins.Normalization;

/// <summary>Task numbers as printed: "1 1 7" is 117, "1 0" is 10, "(8)" is 8, "12." is 12.</summary>
public static partial class TaskNumber
{
    [GeneratedRegex(@"^[(（]?(\d{1,6})[)）]?[.．、]?$")]
    private static partial Regex NumberCell();

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(部分|章|节))")]
    private static partial Regex SectionHeading();

    /// <summary>The longest text <see cref="NumberCell"/> matches: "(", six digits, ")", ".".</summary>
    private const int MaxCellLength = 9;

    public static bool TryParse(string? text, out int number)
    {
        number = 0;
        // A number cell is a few characters; skip the normalization work for every progress paragraph.
        if (text is null || text.Length > 24) return false;
        if (StartsWithStableNonNumber(text)) return false;
        // The cell without whitespace ("1 1 7" is 117), on the stack: the common cell ("  12", "(8)") is never copied
        // into a string, and only a cell NFKC would change (full-width digits) is normalized as one.
        Span<char> buffer = stackalloc char[text.Length];
        LineBuffers.TryCompact(text, buffer, out var length); // always fits: the buffer is as long as the text
        ReadOnlySpan<char> cell = buffer[..length];
        if (!IsNormalizationStable(cell)) cell = cell.ToString().Normalize(NormalizationForm.FormKC);
        return TryRead(cell, out number);
    }

    /// <summary>
    /// The number of a whitespace-free, normalized cell. The pattern matches at most a bracket, six digits, a bracket
    /// and a stop: a longer text ("1.培育…") needs no regex; after a match the digits are what the brackets and the
    /// stop leave.
    /// </summary>
    private static bool TryRead(ReadOnlySpan<char> cell, out int number)
    {
        number = 0;
        if (cell.Length > MaxCellLength || !NumberCell().IsMatch(cell)) return false;
        var digits = cell.TrimStart("(（").TrimEnd(")）.．、");
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }

    /// <summary>
    /// A cell whose first visible character is ASCII or a main-block ideograph, and neither a digit nor "(", can never
    /// match: NFKC leaves such a character in place and unchanged. Checked before any copy is made.
    /// </summary>
    private static bool StartsWithStableNonNumber(string text)
    {
        foreach (var c in text)
        {
            if (TextCleaner.IsSpace(c)) continue;
            return (c <= '\u007F' && !char.IsAsciiDigit(c) && c != '(') || c is >= '\u4E00' and <= '\u9FFF';
        }

        return true; // blank
    }

    /// <summary>
    /// ASCII and the main CJK ideograph block (with 、。) are unchanged by NFKC: most lines skip the ICU call, which
    /// was about a tenth of the parse time. Full-width digits and brackets still go through normalization.
    /// </summary>
    private static bool IsNormalizationStable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F' && c is not (>= '\u4E00' and <= '\u9FFF') and not '\u3001' and not '\u3002') return false;
        }

        return true;
    }

    /// <summary>"一、…", "(一)…", "第一部分…": headings that group the tasks below them.</summary>
    public static bool IsSectionHeading(string line)
    {
        // Asked of nearly every line of a text table: the first character after the indentation rules out most.
        foreach (var c in line)
        {
            if (c is ' ' or '\t' or '\u00A0' or '\u3000') continue;
            return c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '(' or '（' or '第'
                && TextCleaner.IsMatchWithoutWhitespace(SectionHeading(), line);
        }

        return false;
    }
}
