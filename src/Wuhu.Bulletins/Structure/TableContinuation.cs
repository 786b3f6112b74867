using System.Text.RegularExpressions;
using Wuhu.Bulletins.Input;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>Whether a separate piece (a later sheet) continues the bulletin table, judged on its structure alone.</summary>
/// <param name="Continues">Its rows belong to the bulletin table.</param>
/// <param name="From">The first row to read: the leading page furniture (the title again, "续表", a page number) is left out.</param>
/// <param name="Reason">Why it is not a continuation (for the warning), when it is not.</param>
internal sealed record ContinuationVerdict(bool Continues, int From, string? Reason);

/// <summary>
/// Decides whether a later piece of a document (the next visible sheet of a workbook) continues the bulletin
/// table: after the page furniture printed again (title, dateline, page number, "续表") comes either the same header
/// (same columns, same period, numbers going on) or rows of the same shape whose numbers go on from the table's
/// last number. Anything else — its own title, another header, numbers starting again, text in columns the table
/// does not have, unit names where the table has task text — is another table, never read into the bulletin.
/// </summary>
internal static partial class TableContinuation
{
    /// <summary>"续表", "续上表", "(续)", "续表1": printed where a table goes on onto a new page or sheet.</summary>
    [GeneratedRegex(@"^[(（]?续(上?表\d*)?[)）]?$|[(（]续(表\d*)?[)）]$")]
    private static partial Regex ContinuedMark();

    /// <param name="table">The bulletin's rows so far, from its header on.</param>
    /// <param name="header">The header its last rows are read through.</param>
    /// <param name="preamble">The lines before the bulletin's header (printed again on each page or sheet).</param>
    /// <param name="piece">The candidate's rows.</param>
    public static ContinuationVerdict Judge(IReadOnlyList<IReadOnlyList<TableCell>> table, HeaderRow header, IReadOnlyList<string> preamble, IReadOnlyList<IReadOnlyList<TableCell>> piece)
    {
        var furniture = Furniture(preamble);
        var start = 0;
        while (start < piece.Count && (IsEmpty(piece[start]) || IsFurniture(piece[start], furniture))) start++;
        if (start == piece.Count) return new(true, start, null); // nothing but the title again: nothing to read, nothing lost

        var last = LastNumber(table, header);
        if (HeaderBand.At(piece, start) is var (own, rows))
        {
            return JudgeWithHeader(header, own, piece, start, rows, last);
        }

        var first = piece[start];
        if (first.Count(c => !c.IsBlank) == 1 && !TaskNumber.IsSectionHeading(first.First(c => !c.IsBlank).Joined))
        {
            return new(false, start, "it starts with its own title");
        }

        return JudgeRows(table, header, piece, start, last);
    }

    private static ContinuationVerdict JudgeWithHeader(HeaderRow header, HeaderRow own, IReadOnlyList<IReadOnlyList<TableCell>> piece, int start, int headerRows, int? last)
    {
        if (PeriodDetector.NameDifferentPeriods(own.ProgressHeader, header.ProgressHeader))
        {
            return new(false, start, $"its header's progress column \"{own.ProgressHeader}\" names another period than \"{header.ProgressHeader}\"");
        }

        if (FirstNumber(piece, own, start + headerRows) is var (number, heading) && last is { } previous && number <= previous && !heading)
        {
            return new(false, start, $"its numbers start again at {number} (the bulletin table ended at {previous})");
        }

        return new(true, start, null);
    }

    private static ContinuationVerdict JudgeRows(IReadOnlyList<IReadOnlyList<TableCell>> table, HeaderRow header, IReadOnlyList<IReadOnlyList<TableCell>> piece, int start, int? last)
    {
        var rows = piece.Skip(start).Where(r => !IsEmpty(r) && !IsHeading(r)).ToList();
        var mapped = header.Columns.Values.ToHashSet();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                if (!row[c].IsBlank && !row[c].MergedFromAbove && !mapped.Contains(c))
                {
                    return new(false, start, $"it has text in column {c + 1}, which the bulletin table does not have");
                }
            }
        }

        if (header.IndexOf(ColumnKind.Number) is { } numberColumn)
        {
            if (FirstNumber(piece, header, start) is not var (number, heading))
            {
                return new(false, start, $"its rows have no task number in column {numberColumn + 1}");
            }

            if (last is { } previous && number <= previous && !heading)
            {
                return new(false, start, $"its numbers start again at {number} (the bulletin table ended at {previous})");
            }
        }

        return Misalignment(table, header, rows) is { } misaligned ? new(false, start, misaligned) : new(true, start, null);
    }

    /// <summary>
    /// Rows without a header are known only by their content: unit names must stand in the column where the table
    /// has them (task and progress text cannot be told apart by shape, so only units are compared). Null when they
    /// line up or nothing tells; otherwise why not.
    /// </summary>
    public static string? Misalignment(IReadOnlyList<IReadOnlyList<TableCell>> table, HeaderRow header, IReadOnlyList<IReadOnlyList<TableCell>> rows)
    {
        // Compared with the rows read through the same header: those after the last header the table printed.
        var lastHeader = 0;
        for (var i = 0; i < table.Count; i++)
        {
            if (HeaderBand.At(table, i) is var (_, length)) lastHeader = i + length;
        }

        var mapped = header.Columns.Values.ToHashSet();
        var body = table.Skip(lastHeader).Where(r => !IsEmpty(r) && !IsHeading(r)).ToList();
        var piece = rows.Where(r => !IsEmpty(r) && !IsHeading(r)).ToList();
        return UnitColumn(body, mapped) is { } before && UnitColumn(piece, mapped) is { } now && before != now
            ? $"its columns do not line up with the bulletin table's: its unit names stand in column {now + 1}, the table's in column {before + 1}"
            : null;
    }

    /// <summary>The column whose cells are mostly unit names (the one with most of them); null when none is.</summary>
    private static int? UnitColumn(IReadOnlyList<IReadOnlyList<TableCell>> rows, IEnumerable<int> columns)
    {
        var best = columns.Select(c => (Column: c, Share: UnitShare(rows, c) ?? 0)).OrderByDescending(s => s.Share).FirstOrDefault();
        return best.Share >= 0.5 ? best.Column : null;
    }

    /// <summary>The share of rows whose cell in the column is a unit name; null when the column is empty.</summary>
    private static double? UnitShare(IReadOnlyList<IReadOnlyList<TableCell>> rows, int column)
    {
        var filled = rows.Where(r => column < r.Count && !r[column].IsBlank && !r[column].MergedFromAbove).Select(r => r[column]).ToList();
        if (filled.Count == 0) return null;
        return filled.Count(c => c.Lines.Where(l => !TextCleaner.IsBlank(l)).All(LeadUnits.IsUnitLine)) / (double)filled.Count;
    }

    /// <summary>The last task number in the table so far.</summary>
    private static int? LastNumber(IReadOnlyList<IReadOnlyList<TableCell>> table, HeaderRow header)
    {
        if (header.IndexOf(ColumnKind.Number) is not { } column) return null;
        for (var i = table.Count - 1; i >= 0; i--)
        {
            if (column < table[i].Count && !table[i][column].MergedFromAbove && TaskNumber.TryParse(table[i][column].Joined, out var number)) return number;
        }

        return null;
    }

    /// <summary>The first task number from a row on, and whether a section heading stands before it (numbering may restart per section).</summary>
    private static (int Number, bool AfterHeading)? FirstNumber(IReadOnlyList<IReadOnlyList<TableCell>> rows, HeaderRow header, int from)
    {
        if (header.IndexOf(ColumnKind.Number) is not { } column) return null;
        var heading = false;
        for (var i = from; i < rows.Count; i++)
        {
            if (IsEmpty(rows[i])) continue;
            if (IsHeading(rows[i]))
            {
                heading = true;
                continue;
            }

            return column < rows[i].Count && TaskNumber.TryParse(rows[i][column].Joined, out var number) ? (number, heading) : null;
        }

        return null;
    }

    private static bool IsEmpty(IReadOnlyList<TableCell> row) => row.All(c => c.IsBlank);

    private static bool IsHeading(IReadOnlyList<TableCell> row) =>
        row.Where(c => !c.IsBlank).ToList() is [var only] && !only.MergedFromAbove && TaskNumber.IsSectionHeading(only.Joined);

    /// <summary>The lines before a table's header that a page or sheet break may print again (long enough not to be a cell's text by chance).</summary>
    public static HashSet<string> Furniture(IEnumerable<string> preamble) =>
        preamble.Select(TextCleaner.CleanLine).Where(l => l.Length >= 6).ToHashSet(StringComparer.Ordinal);

    /// <summary>The title or dateline again, a page number, "续表" (or the title with "(续)" after it): one line, one cell.</summary>
    private static bool IsFurniture(IReadOnlyList<TableCell> row, HashSet<string> furniture) =>
        row.Where(c => !c.IsBlank).ToList() is [var only] && only.Lines.Count(l => !TextCleaner.IsBlank(l)) == 1 && IsFurnitureLine(only.Joined, furniture);

    /// <summary>A line printed by a page or sheet break: a page number, a line of <paramref name="furniture"/>, "续表", the title with "(续)".</summary>
    public static bool IsFurnitureLine(string text, HashSet<string> furniture)
    {
        if (text.Length > 200) return false;
        var line = TextCleaner.CleanLine(text);
        if (PageNoise.IsPageMarker(line) || furniture.Contains(line)) return true;
        var compact = TextCleaner.RemoveAllWhitespace(line);
        var mark = ContinuedMark().Match(compact);
        if (!mark.Success) return false;
        var rest = compact.Remove(mark.Index, mark.Length);
        return rest.Length == 0 || furniture.Any(f => TextCleaner.RemoveAllWhitespace(f) == rest);
    }
}
