using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Writing;

/// <summary>
/// Writes a bulletin out the way offices publish them: web-page text, an HTML table, a .docx table or an .xlsx
/// sheet. Parsing the output gives the same tasks back (tests hold it to that); `wuhu generate` uses it.
/// </summary>
public static class BulletinWriter
{
    public static byte[] Write(Bulletin bulletin, BulletinFormat format) => format switch
    {
        BulletinFormat.Text => Encoding.UTF8.GetBytes(Text(bulletin)),
        BulletinFormat.Html => Html(bulletin),
        BulletinFormat.Docx => Docx(bulletin),
        BulletinFormat.Xlsx => Xlsx(bulletin),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
    };

    /// <summary>
    /// The layout of text copied out of the published web page: noise lines, then each cell paragraph on its own
    /// line with blank lines between, an empty cell as a no-break space. Numbers are printed as <paramref name="numberText"/> gives them.
    /// </summary>
    public static string Text(Bulletin b, Func<BulletinTask, string>? numberText = null)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append("\n\n");
        void Cell(string line) => Line("  " + (line.Length == 0 ? "\u00A0" : line));
        Line("logo");
        Line(b.Title ?? "");
        Line("首页 > 政务公开 > 重点工作");
        Line($"{b.PublishedOn:yyyy-MM-dd} 09:00 来源: {b.Publisher}");
        Line("【字体:大 中 小】");
        foreach (var header in HeaderCells(b)) Cell(header);
        foreach (var (section, task) in Rows(b))
        {
            if (section is not null)
            {
                Cell(section);
                continue;
            }

            Cell(numberText?.Invoke(task!) ?? task!.Number.ToString(CultureInfo.InvariantCulture));
            var cells = RowCells(task!).ToList();
            foreach (var (lines, column) in cells.Select((lines, column) => (lines, column)).Skip(1))
            {
                if (lines.Length == 0 && column == 2) continue; // no unit column text: the units head the progress
                foreach (var line in lines.Length == 0 ? [""] : lines) Cell(line);
            }
        }

        Line("【打印本页】【关闭窗口】");
        return text.ToString();
    }

    private static IEnumerable<string> HeaderCells(Bulletin b) => ["序号", "工作任务", "牵头责任单位", b.ProgressHeader ?? "完成情况", "备注"];

    /// <summary>Cells of a task row: number, task, one unit per line, progress paragraphs (per-unit headings included), remarks.</summary>
    private static IEnumerable<string[]> RowCells(BulletinTask t)
    {
        // A unit that heads its own paragraph in the progress was printed there, not in the unit column.
        var progress = t.Progress.Split('\n');
        return [[t.Number.ToString(CultureInfo.InvariantCulture)], t.Text.Split('\n'), [.. t.LeadUnits.Where(u => !progress.Contains(u))], progress, t.Remarks?.Split('\n') ?? [""]];
    }

    /// <summary>Rows in order, with a one-cell heading row wherever the section changes.</summary>
    private static IEnumerable<(string? Section, BulletinTask? Task)> Rows(Bulletin b)
    {
        string? section = null;
        foreach (var task in b.Tasks)
        {
            if (task.Section is not null && task.Section != section)
            {
                section = task.Section;
                yield return (section, null);
            }

            yield return (null, task);
        }
    }

    private static string Dateline(Bulletin b) => $"发布时间:{b.PublishedOn:yyyy-MM-dd} 信息来源:{b.Publisher}";

    public static byte[] Docx(Bulletin b)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(Para(b.Title!), Para(Dateline(b)));
            var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
            table.Append(DocxRow(HeaderCells(b).Select(h => new[] { h })));
            foreach (var (section, task) in Rows(b))
            {
                table.Append(section is not null
                    ? new TableRow(new DocumentFormat.OpenXml.Wordprocessing.TableCell(new TableCellProperties(new GridSpan { Val = 5 }), Para(section)))
                    : DocxRow(RowCells(task!)));
            }

            body.Append(table, Para("【打印本页】【关闭窗口】"));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static TableRow DocxRow(IEnumerable<string[]> cells) =>
        new(cells.Select(lines => new DocumentFormat.OpenXml.Wordprocessing.TableCell(lines.Select(Para))));

    private static Paragraph Para(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static byte[] Xlsx(Bulletin b)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(XlsxRow(1, [b.Title!]));
            data.Append(XlsxRow(2, [Dateline(b)]));
            data.Append(XlsxRow(3, HeaderCells(b)));
            uint index = 4;
            foreach (var (section, task) in Rows(b))
            {
                data.Append(section is not null ? XlsxRow(index++, [section]) : XlsxRow(index++, RowCells(task!).Select(c => string.Join("\n", c))));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "重点工作" }));
        }

        return stream.ToArray();
    }

    private static Row XlsxRow(uint index, IEnumerable<string> values) =>
        new(values.Select((value, column) => new Cell
        {
            CellReference = $"{(char)('A' + column)}{index}",
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value) { Space = SpaceProcessingModeValues.Preserve }),
        })) { RowIndex = index };

    public static byte[] Html(Bulletin b)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{Encode(b.Title!)}_芜湖市人民政府</title>")
            .Append("<script src=\"https://example.invalid/a.js\"></script><link rel=\"stylesheet\" href=\"https://example.invalid/a.css\"></head><body>")
            .Append($"<div>首页 &gt; 政务公开</div><h1>{Encode(b.Title!)}</h1><p>{Encode(Dateline(b))}</p><table>")
            .Append("<tr>").Append(string.Concat(HeaderCells(b).Select(h => $"<th>{h}</th>"))).Append("</tr>");
        foreach (var (section, task) in Rows(b))
        {
            html.Append(section is not null
                ? $"<tr><td colspan=\"5\">{Encode(section)}</td></tr>"
                : "<tr>" + string.Concat(RowCells(task!).Select(lines => "<td>" + string.Concat(lines.Select(l => $"<p>{Encode(l)}</p>")) + "</td>")) + "</tr>");
        }

        html.Append("</table><div>【打印本页】【关闭窗口】</div></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
