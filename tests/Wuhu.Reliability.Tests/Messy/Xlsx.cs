using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>Builds .xlsx workbooks sheet by sheet, with hidden sheets/rows, merges, phonetic runs and number formats.</summary>
internal sealed class Xlsx
{
    public static readonly string[] HeaderCells = ["序号", "工作任务", "牵头责任单位", "一季度工作进展", "备注"];

    /// <summary>Style 1: built-in date format 14; style 2: custom yyyy"年"m"月"d"日"; style 3: 0.0%.</summary>
    public const uint DateStyle = 1, ChineseDateStyle = 2, PercentStyle = 3;

    private readonly List<(string Name, SheetStateValues? State, List<Row> Rows, List<string> Merges)> sheets = [];
    private readonly Dictionary<string, uint> hiddenColumns = [];

    /// <summary>Hides column <paramref name="column"/> (1-based) of the current sheet.</summary>
    public Xlsx HideColumn(uint column)
    {
        hiddenColumns[sheets[^1].Name] = column;
        return this;
    }

    public Xlsx Sheet(string name, SheetStateValues? state = null)
    {
        sheets.Add((name, state, [], []));
        return this;
    }

    /// <summary>A row of inline strings (null leaves the cell out).</summary>
    public Xlsx Row(params string?[] values) => Add(values.Select((v, c) => v is null ? null : Text(c, v)).ToArray());

    public Xlsx HiddenRow(params string?[] values)
    {
        Row(values);
        sheets[^1].Rows[^1].Hidden = true;
        return this;
    }

    public Xlsx Add(params Cell?[] cells)
    {
        var index = (uint)sheets[^1].Rows.Count + 1;
        var row = new Row { RowIndex = index };
        foreach (var cell in cells.Where(c => c is not null))
        {
            cell!.CellReference = cell.CellReference!.Value + index;
            row.Append(cell);
        }

        sheets[^1].Rows.Add(row);
        return this;
    }

    public Xlsx Merge(string range)
    {
        sheets[^1].Merges.Add(range);
        return this;
    }

    public Xlsx Header() => Row(HeaderCells);

    public Xlsx Preamble() => Row("2024年一季度重点工作任务进展情况").Row("发布时间:2024-04-20 信息来源:芜湖市人民政府");

    public Xlsx TaskRow(int n) => Row(n.ToString(System.Globalization.CultureInfo.InvariantCulture), TextTable.TaskText(n), "市发改委", TextTable.Progress(n), "");

    public Xlsx TaskRows(int from, int to)
    {
        for (var n = from; n <= to; n++) TaskRow(n);
        return this;
    }

    public static Cell Text(int column, string value) => new()
    {
        CellReference = Column(column),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
    };

    public static Cell Number(int column, string value, uint? style = null) => new()
    {
        CellReference = Column(column),
        CellValue = new CellValue(value),
        StyleIndex = style,
    };

    /// <summary>A shared-string cell (index into <see cref="SharedStrings"/>).</summary>
    public static Cell Shared(int column, int index) => new() { CellReference = Column(column), DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    public List<SharedStringItem> SharedStrings { get; } = [];

    private static string Column(int column) => ((char)('A' + column)).ToString();

    public byte[] Bytes()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }, new NumberingFormat { NumberFormatId = 177, FormatCode = "0.0%" }),
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat { NumberFormatId = 0 }, new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 176, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 177, ApplyNumberFormat = true }));
            if (SharedStrings.Count > 0)
            {
                workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(SharedStrings.Select(s => (SharedStringItem)s.CloneNode(true)));
            }

            var sheetList = new Sheets();
            uint id = 1;
            foreach (var (name, state, rows, merges) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var worksheet = new Worksheet();
                if (hiddenColumns.TryGetValue(name, out var hide))
                {
                    worksheet.Append(new Columns(new Column { Min = hide, Max = hide, Hidden = true, Width = 10, CustomWidth = true }));
                }

                worksheet.Append(new SheetData(rows.Select(r => (Row)r.CloneNode(true))));
                if (merges.Count > 0) worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
                part.Worksheet = worksheet;
                var sheet = new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name };
                if (state is { } s) sheet.State = s;
                sheetList.Append(sheet);
            }

            workbook.Workbook.AppendChild(sheetList);
        }

        return stream.ToArray();
    }
}
