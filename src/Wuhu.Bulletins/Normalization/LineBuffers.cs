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
            if (TextCleaner.IsSpace(c)) continue;
            if (length == buffer.Length) return false;
            buffer[length++] = c;
        }

        return true;
    }

    /// <summary>The first character that is not whitespace (<see cref="TextCleaner.IsSpace"/>), or '\0' for a blank line.</summary>
    public static char FirstVisible(string line)
    {
        // A scalar walk: lines start with at most a few spaces of indentation.
        foreach (var c in line)
        {
            if (!TextCleaner.IsSpace(c)) return c;
        }

        return '\0';
    }

    /// <summary>The last character that is not whitespace, or '\0' for a blank line.</summary>
    public static char LastVisible(string line)
    {
        for (var i = line.Length - 1; i >= 0; i--)
        {
            if (!TextCleaner.IsSpace(line[i])) return line[i];
        }

        return '\0';
    }

    /// <summary>
    /// <see cref="TextCleaner.CleanLine"/> of <paramref name="line"/> into <paramref name="buffer"/> (at least
    /// line.Length long), returning the length: TextCleaner's own buffer cleaning, named here for the per-line readers.
    /// </summary>
    public static int Clean(string line, Span<char> buffer) => TextCleaner.CleanInto(line, buffer);
}
