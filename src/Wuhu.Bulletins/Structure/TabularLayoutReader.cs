using Wuhu.Bulletins.Input;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>Reads rows of a real table (HTML, .docx, .xlsx, PDF) through its header's column map.</summary>
internal static class TabularLayoutReader
{
    public static TableLayout Read(TabularDocument document, string sourceName)
    {
        var rows = document.Rows;
        if (HeaderBand.Find(rows) is not var (headerIndex, header, headerRows))
        {
            throw new BulletinRejectedException("noTable", $"{sourceName}: the table has no header row (looked for {HeaderRow.Describe()}).");
        }

        var matchedHeader = header;
        var preamble = document.Preamble.Concat(rows.Take(headerIndex).SelectMany(r => r.SelectMany(c => c.Lines))).ToList();
        var repeatedPreamble = TableContinuation.Furniture(preamble);
        var warnings = new List<ParseWarning>();
        if (NumberColumn.FindInRows(header, [.. rows.Skip(headerIndex + headerRows)]) is { } numbered)
        {
            header = numbered;
            warnings.Add(NumberColumn.Note($"column {numbered.IndexOf(ColumnKind.Number) + 1}"));
        }

        var bulletinHeader = header;

        var tasks = new List<RawTask>();
        string? section = null;
        for (var i = headerIndex + headerRows; i < rows.Count; i++)
        {
            var cells = rows[i];
            var filled = cells.Where(c => !c.IsBlank).ToList();
            if (filled.Count == 0) continue;
            var location = document.RowName(i);

            // A page break: the header printed again (perhaps with other wording or column order), a page number, the title.
            if (HeaderBand.At(rows, i) is var (repeated, repeatedRows))
            {
                // The same header again keeps what was learnt from the first (a number column found in the rows).
                // (Compared with the header as printed: a number column found in the rows shifts no printed label.)
                if (!SameColumns(repeated, matchedHeader) && Moved(repeated, header == bulletinHeader ? matchedHeader : header) is { } moved)
                {
                    warnings.Add(new ParseWarning("columnsReordered", $"{location} repeats the header with its columns in another order ({moved}); the rows after it were read through it.", WarningSeverity.Info));
                }

                header = SameColumns(repeated, matchedHeader) ? bulletinHeader : repeated;
                i += repeatedRows - 1;
                continue;
            }

            // A second header row whose labels name no column (一季度 / 二季度 under 完成情况): never a task.
            if (tasks.Count == 0 && HeaderBand.IsUnreadLabelRow(cells, header))
            {
                warnings.Add(new ParseWarning("unplacedText", $"{location} sits under the header and reads as a second header row whose labels name no column; it was not used: \"{string.Join(" | ", filled.Where(c => !c.MergedFromAbove).Select(c => TextCleaner.CleanLine(c.Joined)))}\""));
                continue;
            }

            if (filled.Count == 1 && filled[0].Lines.Count == 1 && IsPageNoise(filled[0].Joined, repeatedPreamble)) continue;

            // "序号" in the number column below the header: another table (an annex) starts here.
            if (header.IndexOf(ColumnKind.Number) is { } numberColumn && numberColumn < cells.Count && !cells[numberColumn].MergedFromAbove
                && HeaderRow.Classify(cells[numberColumn].Joined) == ColumnKind.Number)
            {
                warnings.Add(TablePieces.NotRead($"the table starting at {location}", rows.Skip(i).ToList()));
                break;
            }

            // A heading row ("一、…", "(一)…") has one filled cell, usually spanning the table.
            if (filled.Count == 1 && !filled[0].MergedFromAbove && TaskNumber.IsSectionHeading(filled[0].Joined))
            {
                section = TextCleaner.JoinParagraphs(filled[0].Lines);
                continue;
            }

            var number = Cell(cells, header, ColumnKind.Number);
            var task = Cell(cells, header, ColumnKind.Task);
            var numberContinues = number is null or { IsBlank: true } or { MergedFromAbove: true };
            var taskContinues = task is null or { IsBlank: true } or { MergedFromAbove: true };
            if (tasks.Count > 0 && numberContinues && taskContinues && (header.Has(ColumnKind.Number) || task is { MergedFromAbove: true }))
            {
                // A row without its own number and task continues the previous task (vertically merged cells).
                AddColumns(tasks[^1], cells, header, skipMerged: true);
                continue;
            }

            var row = new RawTask { NumberText = number?.Joined, Section = section, Location = location };
            AddColumns(row, cells, header, skipMerged: false);
            tasks.Add(row);

            var mapped = header.Columns.Values.ToHashSet();
            for (var c = 0; c < cells.Count; c++)
            {
                if (!mapped.Contains(c) && !cells[c].IsBlank && !cells[c].MergedFromAbove)
                {
                    warnings.Add(new ParseWarning("unplacedText", $"{location}, column {c + 1} has no header; its text was not used: \"{TextCleaner.JoinParagraphs(cells[c].Lines)}\""));
                }
            }
        }

        return new TableLayout(bulletinHeader, preamble, tasks, warnings);
    }

    /// <param name="skipMerged">A continuation row already has the merged cells' text from the row where the merge starts.</param>
    private static void AddColumns(RawTask row, IReadOnlyList<TableCell> cells, HeaderRow header, bool skipMerged)
    {
        IReadOnlyList<string> Lines(ColumnKind kind) => Cell(cells, header, kind) is { } cell && !(skipMerged && cell.MergedFromAbove) ? cell.Lines : [];
        row.TaskLines.AddRange(Lines(ColumnKind.Task));
        row.UnitLines.AddRange(Lines(ColumnKind.Units));
        row.PartnerLines.AddRange(Lines(ColumnKind.PartnerUnits));
        row.ProgressLines.AddRange(Lines(ColumnKind.Progress));
        row.RemarkLines.AddRange(Lines(ColumnKind.Remarks));
    }

    private static bool SameColumns(HeaderRow a, HeaderRow b) =>
        a.Columns.Count == b.Columns.Count && a.Columns.All(c => b.Columns.TryGetValue(c.Key, out var index) && index == c.Value);

    /// <summary>The columns a repeated header names at other positions than the header before it ("工作任务 3 → 2"), or null.</summary>
    private static string? Moved(HeaderRow repeated, HeaderRow before)
    {
        var moved = repeated.Columns.Where(c => before.Columns.TryGetValue(c.Key, out var was) && was != c.Value)
            .Select(c => $"{c.Key} column {before.Columns[c.Key] + 1} → {c.Value + 1}").ToList();
        return moved.Count == 0 ? null : string.Join(", ", moved);
    }

    private static bool IsPageNoise(string text, HashSet<string> repeatedPreamble) => TableContinuation.IsFurnitureLine(text, repeatedPreamble);

    private static TableCell? Cell(IReadOnlyList<TableCell> cells, HeaderRow header, ColumnKind kind) =>
        header.IndexOf(kind) is { } index && index < cells.Count ? cells[index] : null;
}
