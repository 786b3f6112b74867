using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Wuhu.Web.Api;

namespace Wuhu.Web.Export;

/// <summary>
/// The tasks of one or more periods as an .xlsx workbook, one sheet per period, with the columns staff used
/// to type by hand. Text cells are inline strings; long texts wrap; the header row is frozen and filterable.
/// </summary>
public static class TaskWorkbook
{
    public sealed record Sheet(string Title, IReadOnlyList<TaskView> Tasks);

    /// <summary>Header and width (in characters) of each column; 配合单位 only when some task has partner units.</summary>
    private static IReadOnlyList<(string Header, double Width, Func<TaskView, string> Value)> Columns(bool withPartners) =>
    [
        ("序号", 6, t => t.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("工作任务", 40, t => t.Text),
        ("牵头责任单位", 18, t => string.Join("\n", t.LeadUnits)),
        .. withPartners ? new (string, double, Func<TaskView, string>)[] { ("配合单位", 18, t => string.Join("\n", t.PartnerUnits)) } : [],
        ("完成情况", 60, t => t.Progress),
        ("状态", 8, t => t.StatusLabel),
        ("判定依据", 24, t => t.Basis ?? ""),
        ("量化目标", 30, t => string.Join("\n", t.Targets)),
        ("备注", 14, t => t.Remarks ?? ""),
    ];

    public static byte[] Write(IReadOnlyList<Sheet> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            AddStyles(workbook);
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                AddSheet(workbook, sheet, sheetId++);
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheet sheet, uint sheetId)
    {
        var columns = Columns(sheet.Tasks.Any(t => t.PartnerUnits.Count > 0));
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, columns.Select(c => c.Header), HeaderStyle));
        uint rowIndex = 2;
        foreach (var task in sheet.Tasks)
        {
            data.Append(Row(rowIndex++, columns.Select(c => c.Value(task)), WrapStyle));
        }

        var lastColumn = ColumnName(columns.Count);
        part.Worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{Math.Max(1, rowIndex - 1)}" });
        part.Worksheet.Save();

        workbook.Workbook.Sheets!.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
        {
            Id = workbook.GetIdOfPart(part),
            SheetId = sheetId,
            Name = SheetName(sheet.Title),
        });
    }

    private const uint HeaderStyle = 1;
    private const uint WrapStyle = 2;

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { ApplyAlignment = true }));
        styles.Stylesheet.Save();
    }

    private static Row Row(uint index, IEnumerable<string> values, uint style)
    {
        var row = new Row { RowIndex = index };
        var column = 1;
        foreach (var value in values)
        {
            row.Append(new Cell
            {
                CellReference = $"{ColumnName(column++)}{index}",
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(new Text(Clean(value)) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    /// <summary>Excel holds at most 32,767 characters in a cell and no control characters besides tab and newline.</summary>
    private static string Clean(string value)
    {
        var text = new string(value.Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray());
        return text.Length > 32_767 ? text[..32_766] + "…" : text;
    }

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + (number - 1) % 26) + name;
        }

        return name;
    }

    /// <summary>Sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var name = new string(title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        return name.Length > 31 ? name[..31] : name;
    }
}
