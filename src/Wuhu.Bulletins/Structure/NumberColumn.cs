using Wuhu.Bulletins.Input;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Tables whose header has no 序号 cell while every row still starts with its number (e.g. a header of
/// 工作任务 / 牵头责任单位 / 一季度进展情况 over rows "1 / task / unit / progress"). Read by the header alone, all rows
/// collapse into the first task; the rows themselves show where the number column is.
/// </summary>
internal static class NumberColumn
{
    public static ParseWarning Note(string where) => new(
        "numberColumnFound",
        $"the header has no 序号 cell, but every row starts with its task number ({where}); that column was read as the task number.",
        WarningSeverity.Info);

    /// <summary>A header with a number column found in the rows, or null when the rows give none.</summary>
    public static HeaderRow? FindInRows(HeaderRow header, IReadOnlyList<IReadOnlyList<TableCell>> rows)
    {
        if (header.Has(ColumnKind.Number)) return null;
        // Task rows have several filled cells; a heading row has one.
        var taskRows = rows.Where(r => r.Count(c => !c.IsBlank) >= 2).ToList();
        if (taskRows.Count == 0) return null;

        var firstNamed = header.Columns.Values.Min();
        for (var column = 0; column < firstNamed; column++)
        {
            if (HoldsNumbers(taskRows, column)) return With(header, column, shift: 0);
        }

        // Rows one cell wider than the header, the number in front: the header's cells sit one column to the left.
        if (firstNamed == 0 && taskRows.All(r => r.Count > header.CellCount) && HoldsNumbers(taskRows, 0))
        {
            return With(header, 0, shift: 1);
        }

        return null;
    }

    /// <summary>
    /// Text with one cell per line: true when the first line after the header is a task number and later number
    /// lines (each followed by text) count up from it.
    /// </summary>
    public static bool StartsEveryRow(IReadOnlyList<string> lines, int from)
    {
        int? previous = null;
        var numberLines = 0;
        var rising = 0;
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TextCleaner.IsBlank(line)) continue;
            if (PageNoise.IsFooter(line)) break;
            var isNumber = TaskNumber.TryParse(line, out var number);
            if (previous is null)
            {
                if (TaskNumber.IsSectionHeading(line)) continue;
                if (!isNumber) return false;
                previous = number;
                numberLines = 1;
                continue;
            }

            if (isNumber && NextFilled(lines, i + 1) is { } next && !TaskNumber.TryParse(next, out _))
            {
                numberLines++;
                if (number == previous + 1) rising++;
                previous = number;
            }
        }

        return previous is not null && (numberLines == 1 || rising >= 1);
    }

    /// <summary>The header with a number column in front of the named ones (text layouts: positions only order the columns).</summary>
    public static HeaderRow WithLeadingNumber(HeaderRow header) => With(header, 0, shift: 1);

    private static HeaderRow With(HeaderRow header, int numberColumn, int shift)
    {
        var columns = header.Columns.ToDictionary(c => c.Key, c => c.Value + shift);
        columns[ColumnKind.Number] = numberColumn;
        return new HeaderRow(columns, header.ProgressHeader, header.CellCount + shift);
    }

    private static bool HoldsNumbers(List<IReadOnlyList<TableCell>> rows, int column)
    {
        var numbers = 0;
        foreach (var row in rows)
        {
            if (column >= row.Count || row[column].IsBlank) continue; // a continuation row of merged cells
            if (!TaskNumber.TryParse(row[column].Joined, out _)) return false;
            numbers++;
        }

        return numbers * 2 >= rows.Count;
    }

    private static string? NextFilled(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!TextCleaner.IsBlank(lines[i])) return lines[i];
        }

        return null;
    }
}
