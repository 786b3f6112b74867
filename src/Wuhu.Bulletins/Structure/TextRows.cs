using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Where rows start and where the table ends in text whose cells are not delimited. A row is a number cell, the task
/// text (one or a few lines) and then its lead units; that shape, the numbering so far, and whether the previous row
/// ended with an empty cell decide whether a number-like line starts a task or is part of a cell ("2023", a list's "1").
/// Lines are given by index into <see cref="TextLineFacts"/> (a row's lines too), so every question about a line is
/// answered once however many look-aheads ask it.
/// </summary>
internal static class TextRows
{
    /// <summary>How far the numbering may jump ahead on the strength of a row's shape alone.</summary>
    private const int MaxGap = 20;

    /// <summary>How far past a footer-like line we look for more rows.</summary>
    private const int LookAheadLines = 4000;

    /// <summary>The previous row's last cell is empty (shown as a whitespace-only line): the row is complete.</summary>
    public static bool EndsWithEmptyCell(TextLineFacts lines, ReadOnlySpan<int> items) => items.Length > 0 && lines.IsBlank(items[^1]);

    /// <summary>Whether the number line at <paramref name="index"/> (value <paramref name="number"/>) starts a task.</summary>
    /// <param name="last">The highest task number so far (0 before the first task).</param>
    /// <param name="inRow">A row is being read (false before the first row and after a section heading).</param>
    /// <param name="currentItems">The lines of the row being read.</param>
    public static bool StartsTask(TextLineFacts lines, int index, int number, int last, bool inRow, ReadOnlySpan<int> currentItems)
    {
        if (!inRow) return true;
        var shaped = lines.HasRowShape(index + 1);
        var ended = EndsWithEmptyCell(lines, currentItems);
        if (number == last + 1)
        {
            // "1 … 2 …" inside a cell is a list: its "2" follows a bare "1" already in this row.
            if (shaped || ended) return true;
            foreach (var item in currentItems)
            {
                if (lines.IsNumber(item, out var earlier) && earlier == number - 1) return false;
            }

            return true;
        }

        // Out of sequence (a gap, a duplicate, "2023"): only a complete row shape makes it a task.
        if (!shaped) return false;
        return ended ? number > 0 : number > 0 && number <= last + MaxGap;
    }

    /// <summary>
    /// A row whose number cell cannot be read ("1a", "①", "?", or empty): it follows a complete row and has a
    /// row's shape. Such a row is kept as a task (and reported) rather than folded into the row above.
    /// </summary>
    /// <param name="remarks">The table has a remarks column, so a complete row ends with its (often empty) remark.</param>
    public static bool StartsUnreadableRow(TextLineFacts lines, int index, ReadOnlySpan<int> currentItems, bool remarks)
    {
        if (lines.IsBlank(index))
        {
            // An empty number cell right after the row's empty remark cell: two empty cells in a row.
            return remarks && EndsWithEmptyCell(lines, currentItems) && HasUnitsAndProgress(lines, currentItems) && lines.HasRowShape(index + 1);
        }

        // The row above must be complete: it ended with its empty last cell, or has its units and some text after them.
        return LooksLikeNumberAttempt(lines[index]) && lines.HasRowShape(index + 1)
            && (EndsWithEmptyCell(lines, currentItems) || HasUnitsAndProgress(lines, currentItems));
    }

    /// <summary>The longest cell read as a number attempt, without its whitespace.</summary>
    private const int MaxNumberAttempt = 6;

    /// <summary>A short cell that was meant to be a number: digits, circled digits or Chinese numerals with stray marks.</summary>
    private static bool LooksLikeNumberAttempt(string line)
    {
        // Asked of nearly every line inside a row: most are too long, found without copying the line.
        Span<char> buffer = stackalloc char[MaxNumberAttempt];
        if (!LineBuffers.TryCompact(line, buffer, out var length) || length == 0) return false;
        // The section-heading test last: short cells (a unit name) mostly fail the character test first.
        return LooksLikeNumber(buffer[..length]) && !TaskNumber.IsSectionHeading(line);
    }

    private static bool LooksLikeNumber(ReadOnlySpan<char> compact)
    {
        var allNumerals = true;
        foreach (var c in compact)
        {
            if (char.IsAsciiDigit(c) || c is >= '０' and <= '９' or >= '\u2460' and <= '\u24FF' or '?' or '？' or '#' or '*') return true;
            allNumerals &= "一二三四五六七八九十百".Contains(c);
        }

        return allNumerals;
    }

    private static bool HasUnitsAndProgress(TextLineFacts lines, ReadOnlySpan<int> items)
    {
        var unit = -1;
        for (var i = 0; i < items.Length; i++)
        {
            if (unit < 0 && i > 0 && !lines.IsBlank(items[i]) && lines.IsUnitLine(items[i])) unit = i;
            else if (unit >= 0 && !lines.IsBlank(items[i]) && !lines.IsUnitLine(items[i])) return true;
        }

        return false;
    }

    /// <summary>
    /// A line inside a row that is not complete yet, whose row then completes with its empty last cell: it is the
    /// text of a cell, whatever it says.
    /// </summary>
    public static bool InsideRow(TextLineFacts lines, int index, ReadOnlySpan<int> currentItems, bool remarks)
    {
        if (!remarks || currentItems.Length == 0 || EndsWithEmptyCell(lines, currentItems)) return false;
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue; // layout blank between paragraphs
            return lines.IsBlank(i);
        }

        return false;
    }

    /// <summary>
    /// Whether task rows follow a footer-like line at <paramref name="from"/> - 1: then it stood inside the table
    /// (a cell's text) and did not end it.
    /// </summary>
    public static bool MoreRowsFollow(TextLineFacts lines, int from, bool numbered, int last)
    {
        var end = Math.Min(lines.Count, from + LookAheadLines);
        for (var i = from; i < end; i++)
        {
            if (lines.IsBlank(i)) continue;
            if (numbered)
            {
                if (lines.IsNumber(i, out var number) && number > last && number <= last + MaxGap
                    && (lines.HasRowShape(i + 1) || (number == last + 1 && lines.NextNonBlank(i + 1) is >= 0 and var next && lines[next].Length >= 6 && !lines.IsFooter(next))))
                {
                    return true;
                }
            }
            else if (i - from > 60)
            {
                return false; // without numbers, a row must follow closely
            }
            else if (!lines.IsFooter(i) && lines.HasRowShape(i))
            {
                return true;
            }
        }

        return false;
    }
}
