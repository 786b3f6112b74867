using Wuhu.Bulletins.Input;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Which tables of a document make up the bulletin: the first table with the header row, then every later table
/// that continues it after a page break (its header repeated, or rows that start like the bulletin's rows).
/// Any other table is named in an "otherTable" warning.
/// </summary>
internal static class TablePieces
{
    public static HeaderRow? FindHeader(IReadOnlyList<IReadOnlyList<TableCell>> rows) => HeaderBand.Find(rows)?.Header;

    /// <summary>Whether a later table continues the bulletin table (split by a page break or a conversion).</summary>
    public static bool Continues(IReadOnlyList<IReadOnlyList<TableCell>> rows, HeaderRow header)
    {
        var firstIndex = rows.ToList().FindIndex(row => row.Any(c => !c.IsBlank));
        if (firstIndex < 0) return false;
        var first = rows[firstIndex];
        if (HeaderBand.At(rows, firstIndex) is not null) return true;
        if (first.Count != header.CellCount) return false;
        var filled = first.Where(c => !c.IsBlank).ToList();
        if (filled.Count == 1 && TaskNumber.IsSectionHeading(filled[0].Joined)) return true;
        if (filled.Any(c => HeaderRow.Classify(c.Joined) is not null)) return false; // another table's header
        if (header.IndexOf(ColumnKind.Number) is { } number)
        {
            var cell = first[number];
            return TaskNumber.TryParse(cell.Joined, out _) || (cell.IsBlank && filled.Count >= 2);
        }

        return filled.Count >= 2;
    }

    /// <summary>
    /// Why a table that starts like a continuation (<see cref="Continues"/>) cannot be read as one: without a header
    /// of its own, its unit names stand in another column than the bulletin table's (columns moved). Null when it can.
    /// </summary>
    public static string? WhyNotRead(IReadOnlyList<IReadOnlyList<TableCell>> bulletinRows, HeaderRow header, IReadOnlyList<IReadOnlyList<TableCell>> rows) =>
        HeaderBand.Find(rows) is not null ? null : TableContinuation.Misalignment(bulletinRows, header, rows);

    /// <summary>Whether a table holds any text at all (empty layout tables are not worth a warning).</summary>
    public static bool HasText(IReadOnlyList<IReadOnlyList<TableCell>> rows) => rows.Any(row => row.Any(c => !c.IsBlank));

    /// <summary>An "otherTable" warning naming a table that was not read, by position, size and first row.</summary>
    /// <param name="why">What tells it apart from the bulletin table, when known.</param>
    public static ParseWarning NotRead(string what, IReadOnlyList<IReadOnlyList<TableCell>> rows, string? why = null)
    {
        var first = rows.FirstOrDefault(row => row.Any(c => !c.IsBlank)) ?? [];
        var cells = first.Where(c => !c.IsBlank).Select(c => TextCleaner.JoinParagraphs(c.Lines).Replace('\n', ' ')).Take(6)
            .Select(t => t.Length > 30 ? t[..30] + "…" : t);
        return new ParseWarning("otherTable", $"{what} ({rows.Count} rows, first row \"{string.Join(" | ", cells)}\") is not the bulletin table or a continuation of it{(why is null ? "" : $" ({why})")}; it was not read.");
    }
}
