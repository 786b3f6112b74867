namespace Wuhu.Bulletins.Normalization;

/// <summary>
/// <see cref="TextCleaner.CompactSpan"/> and <see cref="TextCleaner.CleanLine"/> written into a caller's buffer
/// (usually stackalloc'd) instead of a new string. The text-layout reader asks its per-line questions of every line
/// of the upload; a line with a space inside it ("2..建立 工作台账") would otherwise be copied once per question.
/// Kept here rather than in TextCleaner because only the per-line readers need them; the results are the same
/// characters as those methods give (checked by LineBuffersTests).
/// </summary>
public static class LineBuffers
{
    /// <summary>
    /// The line without any whitespace (<see cref="TextCleaner.IsSpace"/>) into <paramref name="buffer"/>; false
    /// when more than buffer.Length characters are left, which callers use as their length limit.
    /// </summary>
    public static bool TryCompact(string line, Span<char> buffer, out int length)
    {
        // A scalar walk that stops once the buffer is full: callers with a small limit (a number cell, a header word)
        // give up on a long line after a few characters.
        length = 0;
        foreach (var c in line)
        {
            if (IsSpace(c)) continue;
            if (length == buffer.Length) return false;
            buffer[length++] = c;
        }

        return true;
    }

    /// <summary>
    /// <see cref="TextCleaner.IsSpace"/> answered without the set lookup for the characters most text is made of:
    /// printable ASCII (no space after ' ' below U+0085) and everything above U+3000 (ideographs, full-width forms)
    /// except the zero-width no-break space U+FEFF, the only whitespace there.
    /// </summary>
    public static bool IsSpace(char c) =>
        c is not ((> ' ' and < '\u0085') or (> '\u3000' and not '\uFEFF')) && TextCleaner.IsSpace(c);

    /// <summary>The first character that is not whitespace (<see cref="TextCleaner.IsSpace"/>), or '\0' for a blank line.</summary>
    public static char FirstVisible(string line)
    {
        // A scalar walk: lines start with at most a few spaces of indentation.
        foreach (var c in line)
        {
            if (!IsSpace(c)) return c;
        }

        return '\0';
    }

    /// <summary>The last character that is not whitespace, or '\0' for a blank line.</summary>
    public static char LastVisible(string line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            if (!IsSpace(line[i])) return line[i];
        }

        return '\0';
    }

    /// <summary>
    /// <see cref="TextCleaner.CleanLine"/> of <paramref name="line"/> into <paramref name="buffer"/> (at least
    /// line.Length long), returning the length. Same steps: trim, drop or collapse inner whitespace runs, then
    /// "2.." / "3．" → "2." at the start.
    /// </summary>
    public static int Clean(string line, Span<char> buffer)
    {
        var text = line.AsSpan().Trim();
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsSpace(text[i]))
            {
                buffer[length++] = text[i++];
                continue;
            }

            var end = i;
            while (end < text.Length && IsSpace(text[end])) end++;
            var before = length > 0 ? buffer[length - 1] : '\0';
            var after = end < text.Length ? text[end] : '\0';
            if (!DropsSpace(before, after)) buffer[length++] = ' ';
            i = end;
        }

        return NormalizeItemNumber(buffer[..length]);
    }

    /// <summary>
    /// TextCleaner's item-number pattern ^(\d{1,2})\s*[.．]{1,3}(?!\d) applied in place; returns the new length.
    /// With three or more leading digits the pattern cannot match (the second \d{1,2} choice meets a digit where a
    /// dot must be); the dots back off one at a time until no digit follows them, as the regex backtracks.
    /// </summary>
    private static int NormalizeItemNumber(Span<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsDigit(line[digits])) digits++;
        if (digits is 0 or > 2) return line.Length;
        var dotsStart = digits;
        while (dotsStart < line.Length && char.IsWhiteSpace(line[dotsStart])) dotsStart++;
        var dots = 0;
        while (dots < 3 && dotsStart + dots < line.Length && line[dotsStart + dots] is '.' or '．') dots++;
        for (; dots > 0; dots--)
        {
            var matchEnd = dotsStart + dots;
            if (matchEnd < line.Length && char.IsDigit(line[matchEnd])) continue;
            if (matchEnd == digits + 1 && line[digits] == '.') return line.Length; // already "1."
            line[digits] = '.';
            line[matchEnd..].CopyTo(line[(digits + 1)..]);
            return line.Length - (matchEnd - digits - 1);
        }

        return line.Length;
    }

    /// <summary>TextCleaner's rule for a whitespace run between two characters (private there).</summary>
    private static bool DropsSpace(char before, char after) =>
        TextCleaner.IsCjk(before) || TextCleaner.IsCjk(after)
            || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '%' or ']'
            || before is '(' or '[';
}
