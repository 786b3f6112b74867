using System.Text;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input;

/// <summary>
/// Tables written as text with delimited cells: tab-separated (typed, or pasted from Excel: a cell holding line
/// breaks, tabs or quotes is quoted with "" escapes) and "|"-separated (tables copied from web pages or markdown,
/// with or without outer pipes and "---" separator lines, "&lt;br&gt;" for a line break inside a cell).
/// </summary>
internal static partial class DelimitedTextReader
{
    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex PipeSeparatorLine();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    /// <summary>The table, when a line of the text is a header row of tab- or "|"-separated cells; otherwise null.</summary>
    public static (TabularDocument Document, BulletinLayout Layout)? TryRead(TextDocument text)
    {
        var lines = text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.AsSpan().IndexOfAny('\t', '|') < 0) continue; // most lines: one scan instead of two
            if (line.Contains('\t') && (HeaderRow.TryMatch(TabCells(line)) is not null || StartsTwoRowHeader(lines, i, TabCells)))
            {
                var preamble = Preamble(lines, i, "\t");
                var warnings = new List<ParseWarning>();
                var rows = ReadTabs(lines, i, TableContinuation.Furniture(preamble), warnings);
                return (new TabularDocument(text.Format, preamble, rows) { Warnings = warnings }, BulletinLayout.TabSeparated);
            }

            if (line.Contains('|') && !PipeSeparatorLine().IsMatch(line) && (HeaderRow.TryMatch(PipeLabels(line)) is not null || StartsTwoRowHeader(lines, i, PipeLabels)))
            {
                var preamble = Preamble(lines, i, "|");
                return (new TabularDocument(text.Format, preamble, ReadPipes(lines, i, TableContinuation.Furniture(preamble))), BulletinLayout.PipeTable);
            }
        }

        return null;
    }

    private static List<string> TabCells(string line) => [.. line.Split('\t').Select(c => c.Trim().Trim('"'))];

    private static List<string> PipeLabels(string line) => [.. PipeCells(line).Select(c => string.Join("\n", c))];

    /// <summary>
    /// A header pasted as two rows (责任单位 over 牵头单位 / 配合单位, the cells spanning both rows left empty in the
    /// second), whose first row alone names too little or something unknown ("责任主体"): read together.
    /// </summary>
    private static bool StartsTwoRowHeader(IReadOnlyList<string> lines, int index, Func<string, List<string>> cells)
    {
        var next = index + 1;
        while (next < lines.Count && (TextCleaner.IsBlank(lines[next]) || PipeSeparatorLine().IsMatch(lines[next]))) next++;
        if (next >= lines.Count) return false;
        List<TableCell> Row(string line) => [.. cells(line).Select(c => new TableCell([c]))];
        return HeaderBand.Combine(Row(lines[index]), Row(lines[next])) is { } labels && HeaderRow.TryMatch(labels) is not null;
    }

    /// <summary>Lines before the header with their delimiters turned into spaces (a title row pasted as "标题\t\t\t").</summary>
    private static List<string> Preamble(IReadOnlyList<string> lines, int header, string delimiter) =>
        [.. lines.Take(header).Select(l => string.Join(" ", l.Split(delimiter).Select(c => c.Trim()).Where(c => c.Length > 0)))];

    private static List<IReadOnlyList<TableCell>> ReadTabs(IReadOnlyList<string> lines, int header, HashSet<string> furniture, List<ParseWarning> warnings)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        var records = TabRecords(string.Join("\n", lines.Skip(header)));
        var width = records.Count > 0 ? records[0].Count : 0;
        var afterBlank = false;
        for (var r = 0; r < records.Count; r++)
        {
            var record = records[r];
            var cells = record.Select(c => new TableCell(c.Split('\n'))).ToList();
            if (afterBlank && rows.Count > 1 && StartsAnotherTable(record, width))
            {
                var rest = records.Skip(r).Where(x => x.Any(c => !TextCleaner.IsBlank(c))).Select(x => (IReadOnlyList<TableCell>)[.. x.Select(c => new TableCell(c.Split('\n')))]).ToList();
                warnings.Add(TablePieces.NotRead($"the table pasted at row {rows.Count + 1}", rest, $"{record.Count} cells a row where the bulletin table has {width}"));
                break;
            }

            afterBlank = cells.All(c => c.IsBlank) || (afterBlank && record.Count <= 1 && TableContinuation.IsFurnitureLine(record[0], furniture));
            if (!AddRow(rows, cells, hasDelimiter: record.Count > 1, furniture)) break;
        }

        return rows;
    }

    /// <summary>
    /// After a blank line, a row of another width whose first cell is no task number (指标 / 目标值): another table
    /// pasted below the bulletin's. A row of the same width, or numbered, goes on with the bulletin table.
    /// </summary>
    private static bool StartsAnotherTable(List<string> record, int width) =>
        record.Count > 1 && record.Count != width && !TaskNumber.TryParse(record[0], out _) && !TaskNumber.IsSectionHeading(record[0])
        && HeaderBand.Find([[.. record.Select(c => new TableCell([c]))]]) is null;

    /// <summary>Excel's text format: tab between cells, a line break between rows, a cell with either inside it in "…" with "" for a quote.</summary>
    private static List<List<string>> TabRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var cellStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (cellStart && c == '"')
            {
                // A quoted cell runs to the quote that is not doubled; what follows it up to the delimiter is kept too.
                for (i++; i < text.Length; i++)
                {
                    if (text[i] != '"') cell.Append(text[i]);
                    else if (i + 1 < text.Length && text[i + 1] == '"') cell.Append(text[++i]);
                    else break;
                }

                cellStart = false;
                continue;
            }

            switch (c)
            {
                case '\t':
                    record.Add(cell.ToString());
                    cell.Clear();
                    cellStart = true;
                    break;
                case '\n':
                    record.Add(cell.ToString());
                    cell.Clear();
                    records.Add(record);
                    record = [];
                    cellStart = true;
                    break;
                default:
                    cell.Append(c);
                    cellStart = false;
                    break;
            }
        }

        record.Add(cell.ToString());
        records.Add(record);
        return records;
    }

    private static List<IReadOnlyList<TableCell>> ReadPipes(IReadOnlyList<string> lines, int header, HashSet<string> furniture)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        // With outer pipes a row ends at its closing "|": a line that does not end with one continues on the next line.
        var outer = lines[header].Trim().StartsWith('|') && lines[header].Trim().EndsWith('|');
        var open = false;
        for (var i = header; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TextCleaner.IsBlank(line) || PipeSeparatorLine().IsMatch(line)) continue;
            var trimmed = line.Trim();
            if (open && rows.Count > 0)
            {
                var segments = UnescapedPipe().Split(trimmed.EndsWith('|') ? trimmed[..^1] : trimmed);
                var last = rows[^1].ToList();
                last[^1] = new TableCell([.. last[^1].Lines, .. CellLines(segments[0])]);
                last.AddRange(segments.Skip(1).Select(s => new TableCell(CellLines(s))));
                rows[^1] = last;
                open = !trimmed.EndsWith('|');
                continue;
            }

            var cells = PipeCells(line).Select(c => new TableCell(c)).ToList();
            if (!AddRow(rows, cells, hasDelimiter: line.Contains('|'), furniture)) break;
            open = outer && line.Contains('|') && !trimmed.EndsWith('|');
        }

        return rows;
    }

    /// <summary>
    /// Adds a row. A line without any delimiter is a section heading ("一、…") or the rest of the previous row's
    /// last cell (a line break typed without quotes); a page footer ends the table (returns false); what a page break
    /// or a second pasted sheet prints again (the title, a page number, "续表") is left out.
    /// </summary>
    private static bool AddRow(List<IReadOnlyList<TableCell>> rows, List<TableCell> cells, bool hasDelimiter, HashSet<string> furniture)
    {
        if (cells.All(c => c.IsBlank)) return true;
        if (!hasDelimiter)
        {
            var line = cells[0].Joined;
            if (PageNoise.IsFooter(line)) return false;
            if (TableContinuation.IsFurnitureLine(line, furniture)) return true;
            if (!TaskNumber.IsSectionHeading(line) && rows.Count > 1)
            {
                var previous = rows[^1].ToList();
                var last = previous.FindLastIndex(c => !c.IsBlank);
                previous[last] = new TableCell([.. previous[last].Lines, .. cells[0].Lines]);
                rows[^1] = previous;
                return true;
            }
        }

        rows.Add(cells);
        return true;
    }

    /// <summary>"| a | b<br>c |" → [a], [b, c]: outer pipes dropped, "\|" is a literal pipe.</summary>
    private static List<List<string>> PipeCells(string line)
    {
        var text = line.Trim();
        if (text.StartsWith('|')) text = text[1..];
        if (text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal)) text = text[..^1];
        return [.. UnescapedPipe().Split(text).Select(CellLines)];
    }

    private static List<string> CellLines(string cell) =>
        [.. LineBreakTag().Split(cell.Replace("\\|", "|")).Select(l => l.Trim())];
}
