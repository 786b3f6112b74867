using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input;

/// <summary>Reads an .xlsx: the first sheet (in workbook order) that has the bulletin's header row.</summary>
internal static class XlsxTableReader
{
    public static SourceDocument Read(ReadOnlyMemory<byte> content, string sourceName) =>
        OfficePackage.Read(content, sourceName, ".xlsx", stream =>
        {
            using var document = SpreadsheetDocument.Open(stream, false);
            return ReadWorkbook(document, sourceName);
        });

    private static SourceDocument ReadWorkbook(SpreadsheetDocument document, string sourceName)
    {
        var workbook = document.WorkbookPart
            ?? throw new BulletinRejectedException("corruptFile", $"{sourceName} is an .xlsx without a workbook.");
        var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            var rows = ReadRows(part, sharedStrings);
            var headerIndex = rows.FindIndex(row => HeaderRow.TryMatch(row.Select(c => c.Joined).ToList()) is not null);
            if (headerIndex >= 0)
            {
                var preamble = rows.Take(headerIndex).SelectMany(r => r.Where(c => !c.IsBlank).Select(c => c.Joined)).ToList();
                return new TabularDocument(BulletinFormat.Xlsx, preamble, rows.Skip(headerIndex).ToList());
            }
        }

        throw new BulletinRejectedException(
            "noTable",
            $"{sourceName}: none of its {sheets.Count} sheet(s) has a header row ({HeaderRow.Describe()}).");
    }

    private static List<IReadOnlyList<Input.TableCell>> ReadRows(WorksheetPart part, List<string> sharedStrings)
    {
        var rows = new List<IReadOnlyList<Input.TableCell>>();
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null) return rows;
        foreach (var row in data.Elements<Row>())
        {
            var cells = new List<Input.TableCell>();
            foreach (var cell in row.Elements<Cell>())
            {
                // Sparse rows leave out empty cells: pad so that column positions stay true.
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column) cells.Add(new Input.TableCell([""]));
                cells.Add(new Input.TableCell(CellText(cell, sharedStrings).ReplaceLineEndings("\n").Split('\n')));
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static string CellText(Cell cell, List<string> sharedStrings)
    {
        // Formulas: the cached result is what the author saw; we never evaluate.
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Count
                ? sharedStrings[index]
                : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? raw;
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
        }

        return index == 0 ? null : index - 1;
    }
}
