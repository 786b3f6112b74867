using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input;

/// <summary>
/// Reads an .xlsx: the first visible sheet (in workbook order) that has the bulletin's header row. Reads what Excel
/// shows: hidden sheets and rows are not content (and are named in a warning), merged ranges are laid out on the
/// grid, phonetic guides are left out, and numbers appear as their format shows them (a date, not its serial).
/// </summary>
internal static class XlsxTableReader
{
    public static SourceDocument Read(ReadOnlyMemory<byte> content, string sourceName) =>
        OfficePackage.Read(content, sourceName, ".xlsx", stream =>
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            return ReadWorkbook(document, sourceName);
        });

    private sealed record SheetRows(List<IReadOnlyList<TableCell>> Rows, List<uint> Numbers, int HiddenRows);

    private static SourceDocument ReadWorkbook(SpreadsheetDocument document, string sourceName)
    {
        var workbook = document.WorkbookPart
            ?? throw new BulletinRejectedException("corruptFile", $"{sourceName} is an .xlsx without a workbook.");
        var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(StringItemText).ToList() ?? [];
        var formats = new CellFormats(workbook.WorkbookStylesPart?.Stylesheet);
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        var warnings = new List<ParseWarning>();
        BulletinSheets? bulletin = null;
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var name = sheet.Name?.Value ?? "?";
            var hiddenSheet = sheet.State?.Value is { } state && (state == SheetStateValues.Hidden || state == SheetStateValues.VeryHidden);
            var read = ReadRows(part, sharedStrings, formats);
            if (!TablePieces.HasText(read.Rows)) continue;
            if (hiddenSheet)
            {
                warnings.Add(new ParseWarning("hiddenContent", $"sheet \"{name}\" is hidden ({read.Rows.Count} rows); it was not read."));
                continue;
            }

            if (bulletin is null)
            {
                if (HeaderBand.Find(read.Rows) is not var (headerIndex, header, _))
                {
                    warnings.Add(TablePieces.NotRead($"sheet \"{name}\"", read.Rows));
                    continue;
                }

                var preamble = read.Rows.Take(headerIndex).SelectMany(r => r.Where(c => !c.IsBlank).Select(c => c.Joined)).ToList();
                bulletin = new BulletinSheets(preamble, header);
                bulletin.Add(read.Rows.Skip(headerIndex), null);
            }
            else if (!bulletin.TryContinue(name, read.Rows, read.Numbers, warnings))
            {
                continue;
            }

            if (read.HiddenRows > 0)
            {
                warnings.Add(new ParseWarning("hiddenContent", $"{read.HiddenRows} hidden row(s) or cell(s) of sheet \"{name}\" were not read."));
            }
        }

        return bulletin is null
            ? throw new BulletinRejectedException("noTable", $"{sourceName}: none of its {sheets.Count} sheet(s) has a header row ({HeaderRow.Describe()}).")
            : new TabularDocument(BulletinFormat.Xlsx, bulletin.Preamble, bulletin.Rows) { Warnings = warnings, RowNames = bulletin.RowNames };
    }

    /// <summary>
    /// The bulletin table as read so far: the sheet with its header, then every later visible sheet that continues
    /// it (a long table split over sheets, each perhaps with the title and header again); other sheets are named.
    /// </summary>
    private sealed class BulletinSheets(List<string> preamble, HeaderRow header)
    {
        public List<string> Preamble { get; } = preamble;
        public List<IReadOnlyList<TableCell>> Rows { get; } = [];
        public List<string?> RowNames { get; } = [];

        /// <summary>The header the last rows are read through (a continuation may repeat it with its columns moved).</summary>
        private HeaderRow current = header;

        public void Add(IEnumerable<IReadOnlyList<TableCell>> rows, Func<int, string>? name)
        {
            foreach (var row in rows)
            {
                RowNames.Add(name?.Invoke(Rows.Count));
                Rows.Add(row);
            }
        }

        public bool TryContinue(string sheet, List<IReadOnlyList<TableCell>> rows, List<uint> numbers, List<ParseWarning> warnings)
        {
            var verdict = TableContinuation.Judge(Rows, current, Preamble, rows);
            if (!verdict.Continues)
            {
                warnings.Add(TablePieces.NotRead($"sheet \"{sheet}\"", rows, verdict.Reason));
                return false;
            }

            var first = Rows.Count;
            var piece = rows.Skip(verdict.From).ToList();
            Add(piece, i => $"sheet \"{sheet}\" row {numbers[verdict.From + i - first]}");
            for (var i = 0; i < piece.Count; i++)
            {
                if (HeaderBand.At(piece, i) is var (own, _)) current = own; // the layout reader reads on through the last one
            }

            return true;
        }
    }

    private static SheetRows ReadRows(WorksheetPart part, List<string> sharedStrings, CellFormats formats)
    {
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null) return new SheetRows([], [], 0);
        var hidden = 0;
        var hiddenColumns = HiddenColumns(part);
        var rows = new List<(uint Number, List<TableCell> Cells)>();
        foreach (var row in data.Elements<Row>())
        {
            var number = row.RowIndex?.Value ?? (rows.Count == 0 ? 1 : rows[^1].Number + 1);
            if (row.Hidden?.Value == true)
            {
                if (row.Elements<Cell>().Any(c => CellText(c, sharedStrings, formats).Length > 0)) hidden++;
                continue;
            }

            var cells = new List<TableCell>();
            foreach (var cell in row.Elements<Cell>())
            {
                // Sparse rows leave out empty cells: pad so that column positions stay true.
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                if (column > 16_384) continue; // past Excel's last column: a damaged reference
                while (cells.Count < column) cells.Add(TableCell.Empty);
                if (column < cells.Count) continue; // a repeated reference: the first one stands
                var text = CellText(cell, sharedStrings, formats);
                if (hiddenColumns.Contains(column))
                {
                    // A hidden column (an old quarter's progress, a helper column) is not content.
                    hidden += text.Length > 0 ? 1 : 0;
                    cells.Add(TableCell.Empty);
                    continue;
                }

                cells.Add(new TableCell(text.ReplaceLineEndings("\n").Split('\n')));
            }

            rows.Add((number, cells));
        }

        ExpandMerges(part, rows);
        return new SheetRows(rows.Select(r => (IReadOnlyList<TableCell>)r.Cells).ToList(), rows.Select(r => r.Number).ToList(), hidden);
    }

    private static HashSet<int> HiddenColumns(WorksheetPart part)
    {
        var hidden = new HashSet<int>();
        foreach (var column in part.Worksheet?.Elements<Columns>().SelectMany(c => c.Elements<Column>()) ?? [])
        {
            if (column.Hidden?.Value != true || column.Min?.Value is not { } min || column.Max?.Value is not { } max) continue;
            for (var c = min; c <= Math.Min(max, min + 64); c++) hidden.Add((int)c - 1);
        }

        return hidden;
    }

    /// <summary>A merged range shows its top-left value over the whole range: the rows below get it as a merged copy.</summary>
    private static void ExpandMerges(WorksheetPart part, List<(uint Number, List<TableCell> Cells)> rows)
    {
        var merges = part.Worksheet?.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()) ?? [];
        var byNumber = new Dictionary<uint, List<TableCell>>();
        foreach (var (number, cells) in rows) byNumber.TryAdd(number, cells);
        foreach (var merge in merges.Take(100_000))
        {
            if (merge.Reference?.Value?.Split(':') is not [var from, var to]) continue;
            if (ColumnIndex(from) is not { } column || RowNumber(from) is not { } top || RowNumber(to) is not { } bottom || bottom <= top) continue;
            if (!byNumber.TryGetValue(top, out var first) || column >= first.Count) continue;
            var value = first[column];
            for (var number = top + 1; number <= Math.Min(bottom, top + 10_000); number++)
            {
                if (!byNumber.TryGetValue(number, out var cells)) continue;
                while (cells.Count <= column) cells.Add(TableCell.Empty);
                if (cells[column].IsBlank) cells[column] = value with { MergedFromAbove = true };
            }
        }
    }

    /// <summary>A shared or inline string's text without its phonetic guide (rPh), which Excel shows only on request.</summary>
    private static string StringItemText(OpenXmlElement item)
    {
        var text = new System.Text.StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case Text t: text.Append(t.Text); break;
                case Run run: text.Append(run.Text?.Text); break;
            }
        }

        return text.ToString();
    }

    private static string CellText(Cell cell, List<string> sharedStrings, CellFormats formats)
    {
        // Formulas: the cached result is what the author saw; we never evaluate.
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Count
                ? sharedStrings[index]
                : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? StringItemText(inline) : raw;
        }

        if (type is null || type == CellValues.Number)
        {
            return formats.Show(raw, cell.StyleIndex?.Value);
        }

        return raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            index = index * 26 + (c - 'A' + 1);
            if (index > 100_000) return null;
        }

        return index == 0 ? null : index - 1;
    }

    private static uint? RowNumber(string reference)
    {
        var digits = reference.SkipWhile(char.IsAsciiLetter).ToArray();
        return uint.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }
}
