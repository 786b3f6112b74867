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
        var headerIndex = -1;
        HeaderRow? header = null;
        for (var i = 0; i < rows.Count && header is null; i++)
        {
            header = HeaderRow.TryMatch(rows[i].Select(c => c.Joined).ToList());
            headerIndex = i;
        }

        if (header is null)
        {
            throw new BulletinRejectedException("noTable", $"{sourceName}: the table has no header row (looked for {HeaderRow.Describe()}).");
        }

        var preamble = document.Preamble.Concat(rows.Take(headerIndex).SelectMany(r => r.SelectMany(c => c.Lines))).ToList();
        var warnings = new List<ParseWarning>(document.Warnings);
        if (NumberColumn.FindInRows(header, [.. rows.Skip(headerIndex + 1)]) is { } numbered)
        {
            header = numbered;
            warnings.Add(NumberColumn.Note($"column {numbered.IndexOf(ColumnKind.Number) + 1}"));
        }

        var tasks = new List<RawTask>();
        string? section = null;
        for (var i = headerIndex + 1; i < rows.Count; i++)
        {
            var cells = rows[i];
            var filled = cells.Where(c => !c.IsBlank).ToList();
            if (filled.Count == 0) continue;
            var location = $"row {i + 1}";

            // A heading row ("一、…", "(一)…") has one filled cell, usually spanning the table.
            if (filled.Count == 1 && TaskNumber.IsSectionHeading(filled[0].Joined))
            {
                section = TextCleaner.JoinParagraphs(filled[0].Lines);
                continue;
            }

            var number = Cell(cells, header, ColumnKind.Number);
            var task = Cell(cells, header, ColumnKind.Task);
            if (tasks.Count > 0 && (number is null or { IsBlank: true }) && (task is null or { IsBlank: true }) && header.Has(ColumnKind.Number))
            {
                // A row without number and task continues the previous task (vertically merged cells).
                AddColumns(tasks[^1], cells, header);
                continue;
            }

            var row = new RawTask { NumberText = number?.Joined, Section = section, Location = location };
            AddColumns(row, cells, header);
            tasks.Add(row);

            var mapped = header.Columns.Values.ToHashSet();
            for (var c = 0; c < cells.Count; c++)
            {
                if (!mapped.Contains(c) && !cells[c].IsBlank)
                {
                    warnings.Add(new ParseWarning("unplacedText", $"{location}, column {c + 1} has no header; its text was not used: \"{TextCleaner.JoinParagraphs(cells[c].Lines)}\""));
                }
            }
        }

        return new TableLayout(header, preamble, tasks, warnings);
    }

    private static void AddColumns(RawTask row, IReadOnlyList<TableCell> cells, HeaderRow header)
    {
        row.TaskLines.AddRange(Cell(cells, header, ColumnKind.Task)?.Lines ?? []);
        row.UnitLines.AddRange(Cell(cells, header, ColumnKind.Units)?.Lines ?? []);
        row.PartnerLines.AddRange(Cell(cells, header, ColumnKind.PartnerUnits)?.Lines ?? []);
        row.ProgressLines.AddRange(Cell(cells, header, ColumnKind.Progress)?.Lines ?? []);
        row.RemarkLines.AddRange(Cell(cells, header, ColumnKind.Remarks)?.Lines ?? []);
    }

    private static TableCell? Cell(IReadOnlyList<TableCell> cells, HeaderRow header, ColumnKind kind) =>
        header.IndexOf(kind) is { } index && index < cells.Count ? cells[index] : null;
}
