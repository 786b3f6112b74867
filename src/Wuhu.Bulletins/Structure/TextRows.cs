using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Where rows start and where the table ends in text whose cells are not delimited. A row is a number cell, the task
/// text (one or a few lines) and then its lead units; that shape, the numbering so far, and whether the previous row
/// ended with an empty cell decide whether a number-like line starts a task or is part of a cell ("2023", a list's "1").
/// </summary>
internal static class TextRows
{
    /// <summary>Task lines a row may have before its unit line.</summary>
    private const int MaxTaskLines = 5;

    /// <summary>How far the numbering may jump ahead on the strength of a row's shape alone.</summary>
    private const int MaxGap = 20;

    /// <summary>How far past a footer-like line we look for more rows.</summary>
    private const int LookAheadLines = 4000;

    /// <summary>The previous row's last cell is empty (shown as a whitespace-only line): the row is complete.</summary>
    public static bool EndsWithEmptyCell(IReadOnlyList<string> items) => items.Count > 0 && TextCleaner.IsBlank(items[^1]);

    /// <summary>Whether the number line at <paramref name="index"/> (value <paramref name="number"/>) starts a task.</summary>
    /// <param name="last">The highest task number so far (0 before the first task).</param>
    /// <param name="currentItems">The lines of the row being read, or null before the first row.</param>
    public static bool StartsTask(IReadOnlyList<string> lines, int index, int number, int last, IReadOnlyList<string>? currentItems)
    {
        if (currentItems is null) return true;
        var shaped = HasRowShape(lines, index + 1);
        var ended = EndsWithEmptyCell(currentItems);
        if (number == last + 1)
        {
            // "1 … 2 …" inside a cell is a list: its "2" follows a bare "1" already in this row.
            var listGoesOn = currentItems.Any(item => TaskNumber.TryParse(item, out var earlier) && earlier == number - 1);
            return shaped || ended || !listGoesOn;
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
    public static bool StartsUnreadableRow(IReadOnlyList<string> lines, int index, IReadOnlyList<string> currentItems, bool remarks)
    {
        var line = lines[index];
        if (TextCleaner.IsBlank(line))
        {
            // An empty number cell right after the row's empty remark cell: two empty cells in a row.
            return remarks && EndsWithEmptyCell(currentItems) && HasUnitsAndProgress(currentItems) && HasRowShape(lines, index + 1);
        }

        // The row above must be complete: it ended with its empty last cell, or has its units and some text after them.
        return LooksLikeNumberAttempt(line) && HasRowShape(lines, index + 1) && (EndsWithEmptyCell(currentItems) || HasUnitsAndProgress(currentItems));
    }

    /// <summary>A short cell that was meant to be a number: digits, circled digits or Chinese numerals with stray marks.</summary>
    private static bool LooksLikeNumberAttempt(string line)
    {
        var text = TextCleaner.CompactSpan(line);
        if (text.Length is 0 or > 6 || TaskNumber.IsSectionHeading(line)) return false;
        var allNumerals = true;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c is >= '０' and <= '９' or >= '\u2460' and <= '\u24FF' or '?' or '？' or '#' or '*') return true;
            allNumerals &= "一二三四五六七八九十百".Contains(c);
        }

        return allNumerals;
    }

    private static bool HasUnitsAndProgress(IReadOnlyList<string> items)
    {
        var unit = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (unit < 0 && i > 0 && !TextCleaner.IsBlank(items[i]) && LeadUnits.IsUnitLine(items[i])) unit = i;
            else if (unit >= 0 && !TextCleaner.IsBlank(items[i]) && !LeadUnits.IsUnitLine(items[i])) return true;
        }

        return false;
    }

    /// <summary>From <paramref name="from"/>: one or a few task lines, then a unit line, before any number line.</summary>
    public static bool HasRowShape(IReadOnlyList<string> lines, int from)
    {
        var taskLines = 0;
        for (var i = from; i < lines.Count && taskLines <= MaxTaskLines; i++)
        {
            var line = lines[i];
            if (TextCleaner.IsBlank(line)) continue;
            if (TaskNumber.TryParse(line, out _) || PageNoise.IsFooter(line) || TaskNumber.IsSectionHeading(line)) return false;
            var next = NextNonBlank(lines, i + 1);
            if (LeadUnits.IsUnitLine(line) || (next is not null && LeadUnits.IsBrokenName(line, next))) return taskLines > 0;
            taskLines++;
        }

        return false;
    }

    /// <summary>
    /// A line inside a row that is not complete yet, whose row then completes with its empty last cell: it is the
    /// text of a cell, whatever it says.
    /// </summary>
    public static bool InsideRow(IReadOnlyList<string> lines, int index, IReadOnlyList<string>? currentItems, bool remarks)
    {
        if (!remarks || currentItems is null || currentItems.Count == 0 || EndsWithEmptyCell(currentItems)) return false;
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue; // layout blank between paragraphs
            return TextCleaner.IsBlank(lines[i]);
        }

        return false;
    }

    /// <summary>
    /// Whether task rows follow a footer-like line at <paramref name="from"/> - 1: then it stood inside the table
    /// (a cell's text) and did not end it.
    /// </summary>
    public static bool MoreRowsFollow(IReadOnlyList<string> lines, int from, bool numbered, int last)
    {
        var end = Math.Min(lines.Count, from + LookAheadLines);
        for (var i = from; i < end; i++)
        {
            var line = lines[i];
            if (TextCleaner.IsBlank(line)) continue;
            if (numbered)
            {
                if (TaskNumber.TryParse(line, out var number) && number > last && number <= last + MaxGap
                    && (HasRowShape(lines, i + 1) || (number == last + 1 && NextNonBlank(lines, i + 1) is { Length: >= 6 } text && !PageNoise.IsFooter(text))))
                {
                    return true;
                }
            }
            else if (i - from > 60)
            {
                return false; // without numbers, a row must follow closely
            }
            else if (!PageNoise.IsFooter(line) && HasRowShape(lines, i))
            {
                return true;
            }
        }

        return false;
    }

    private static string? NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!TextCleaner.IsBlank(lines[i])) return lines[i];
        }

        return null;
    }
}
