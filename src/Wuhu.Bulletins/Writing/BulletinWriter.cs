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
    /// <param name="numberHeader">False writes the header without its 序号 cell while rows still start with their number (a layout seen in real bulletins).</param>
    public static string Text(Bulletin b, Func<BulletinTask, string>? numberText = null, bool numberHeader = true)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append("\n\n");
        void Cell(string line) => Line("  " + (line.Length == 0 ? "\u00A0" : line));
        Line("logo");
        Line(b.Title ?? "");
        Line("首页 > 政务公开 > 重点工作");
        Line($"{b.PublishedOn:yyyy-MM-dd} 09:00 来源: {b.Publisher}");
        Line("【字体:大 中 小】");
        foreach (var header in HeaderCells(b, numberHeader)) Cell(header);
        foreach (var (section, task) in Rows(b))
        {
            if (section is not null)
            {
                Cell(section);
                continue;
            }

            Cell(numberText?.Invoke(task!) ?? task!.Number.ToString(CultureInfo.InvariantCulture));
            var cells = RowCells(task!, HasPartners(b)).ToList();
            if (HasPartners(b))
            {
                // Two unit columns read line by line: each cell's names go on one line, separated by 、.
                cells[2] = cells[2].Length == 0 ? [] : [string.Join("、", cells[2])];
                cells[3] = cells[3].Length == 0 ? [] : [string.Join("、", cells[3])];
            }

            foreach (var (lines, column) in cells.Select((lines, column) => (lines, column)).Skip(1))
            {
                if (lines.Length == 0 && column is 2 or 3 && column < cells.Count - 2) continue; // no unit text: the units head the progress
                foreach (var line in lines.Length == 0 ? [""] : lines) Cell(line);
            }
        }

        Line("【打印本页】【关闭窗口】");
        return text.ToString();
    }

    private static IEnumerable<string> HeaderCells(Bulletin b, bool numberHeader = true) =>
    [
        .. numberHeader ? new[] { "序号" } : [], "工作任务", "牵头责任单位", .. HasPartners(b) ? new[] { "协同责任单位" } : [], b.ProgressHeader ?? "完成情况", "备注",
    ];

    private static bool HasPartners(Bulletin b) => b.Tasks.Any(t => t.PartnerUnits.Count > 0);

    /// <summary>The names as the bulletin printed them (canonical names when it was never parsed).</summary>
    private static IReadOnlyList<string> LeadNames(BulletinTask t) => t.LeadUnitsAsWritten.Count > 0 ? t.LeadUnitsAsWritten : t.LeadUnits;

    private static IReadOnlyList<string> PartnerNames(BulletinTask t) => t.PartnerUnitsAsWritten.Count > 0 ? t.PartnerUnitsAsWritten : t.PartnerUnits;

    /// <summary>Cells of a task row: number, task, one unit per line, (cooperating units,) progress paragraphs (per-unit headings included), remarks.</summary>
    public static IEnumerable<string[]> RowCells(BulletinTask t, bool partners = false)
    {
        // A unit that heads its own paragraph in the progress was printed there, not in the unit column.
        var progress = t.Progress.Split('\n');
        string[] lead = [.. LeadNames(t).Where(u => !progress.Contains(u))];
        return partners
            ? [[t.Number.ToString(CultureInfo.InvariantCulture)], t.Text.Split('\n'), lead, [.. PartnerNames(t)], progress, t.Remarks?.Split('\n') ?? [""]]
            : [[t.Number.ToString(CultureInfo.InvariantCulture)], t.Text.Split('\n'), lead, progress, t.Remarks?.Split('\n') ?? [""]];
    }

    /// <summary>Rows in order, with a one-cell heading row wherever the section changes (shared with the tests' PDF writer).</summary>
    public static IEnumerable<(string? Section, BulletinTask? Task)> Rows(Bulletin b)
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

    /// <param name="numberHeader">False leaves the 序号 header cell out while rows keep their number cell.</param>
    public static byte[] Docx(Bulletin b, bool numberHeader = true)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(Para(b.Title!), Para(Dateline(b)));
            var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
            table.Append(DocxRow(HeaderCells(b, numberHeader).Select(h => new[] { h })));
            var span = HeaderCells(b).Count();
            foreach (var (section, task) in Rows(b))
            {
                table.Append(section is not null
                    ? new TableRow(new DocumentFormat.OpenXml.Wordprocessing.TableCell(new TableCellProperties(new GridSpan { Val = span }), Para(section)))
                    : DocxRow(RowCells(task!, HasPartners(b))));
            }

            body.Append(table, Para("【打印本页】【关闭窗口】"));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static TableRow DocxRow(IEnumerable<string[]> cells) =>
        new(cells.Select(lines => new DocumentFormat.OpenXml.Wordprocessing.TableCell(lines.Select(Para))));

    private static Paragraph Para(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <param name="numberHeader">False leaves the 序号 header cell out while rows keep their number cell.</param>
    public static byte[] Xlsx(Bulletin b, bool numberHeader = true)
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
            data.Append(XlsxRow(3, HeaderCells(b, numberHeader)));
            uint index = 4;
            foreach (var (section, task) in Rows(b))
            {
                data.Append(section is not null ? XlsxRow(index++, [section]) : XlsxRow(index++, RowCells(task!, HasPartners(b)).Select(c => string.Join("\n", c))));
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

    /// <param name="numberHeader">False leaves the 序号 header cell out while rows keep their number cell.</param>
    public static byte[] Html(Bulletin b, bool numberHeader = true)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{Encode(b.Title!)}_芜湖市人民政府</title>")
            .Append("<script src=\"https://example.invalid/a.js\"></script><link rel=\"stylesheet\" href=\"https://example.invalid/a.css\"></head><body>")
            .Append($"<div>首页 &gt; 政务公开</div><h1>{Encode(b.Title!)}</h1><p>{Encode(Dateline(b))}</p><table>")
            .Append("<tr>").Append(string.Concat(HeaderCells(b, numberHeader).Select(h => $"<th>{h}</th>"))).Append("</tr>");
        foreach (var (section, task) in Rows(b))
        {
            html.Append(section is not null
                ? $"<tr><td colspan=\"{HeaderCells(b).Count()}\">{Encode(section)}</td></tr>"
                : "<tr>" + string.Concat(RowCells(task!, HasPartners(b)).Select(lines => "<td>" + string.Concat(lines.Select(l => $"<p>{Encode(l)}</p>")) + "</td>")) + "</tr>");
        }

        html.Append("</table><div>【打印本页】【关闭窗口】</div></body></html>");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Tab-separated text as Excel copies a range: a title row, the header, one row per line (CRLF), a cell holding
    /// line breaks, tabs or quotes in "…" with "" for a quote, a section heading alone in its row.
    /// </summary>
    public static string TabSeparated(Bulletin b)
    {
        var text = new StringBuilder();
        void Row(IEnumerable<string> cells) => text.Append(string.Join('\t', cells.Select(Quoted))).Append("\r\n");
        static string Quoted(string cell) => cell.IndexOfAny(['\n', '\t', '"']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
        var width = HeaderCells(b).Count();
        Row([b.Title ?? "", .. Enumerable.Repeat("", width - 1)]);
        Row([Dateline(b), .. Enumerable.Repeat("", width - 1)]);
        Row(HeaderCells(b));
        foreach (var (section, task) in Rows(b))
        {
            Row(section is not null ? [section, .. Enumerable.Repeat("", width - 1)] : RowCells(task!, HasPartners(b)).Select(c => string.Join("\n", c)));
        }

        return text.ToString();
    }

    /// <summary>A table copied from a web page as "|"-separated rows (markdown-like): "&lt;br&gt;" between a cell's lines, "\|" for a pipe.</summary>
    /// <param name="separatorLine">Write the "| --- |" line under the header, as markdown does.</param>
    public static string PipeTable(Bulletin b, bool separatorLine = true)
    {
        var text = new StringBuilder();
        void Row(IEnumerable<string> cells) => text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        static string Cell(IEnumerable<string> lines) => string.Join("<br>", lines.Select(l => l.Replace("|", "\\|")));
        text.Append(b.Title).Append("\n\n").Append(Dateline(b)).Append("\n\n");
        var width = HeaderCells(b).Count();
        Row(HeaderCells(b));
        if (separatorLine) Row(Enumerable.Repeat("---", width));
        foreach (var (section, task) in Rows(b))
        {
            Row(section is not null ? [Cell([section]), .. Enumerable.Repeat("", width - 1)] : RowCells(task!, HasPartners(b)).Select(Cell));
        }

        text.Append("\n【打印本页】【关闭窗口】\n");
        return text.ToString();
    }

    /// <summary>
    /// The list form of year-end bulletins: each task a numbered paragraph, then labelled lines (progress,
    /// 牵头责任单位, 协同责任单位, 备注) under its section headings; unit names end with 。 as printed.
    /// </summary>
    public static string List(Bulletin b)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');
        void Labelled(string label, IEnumerable<string> lines)
        {
            var all = lines.ToList();
            Line($"{label}:{(all.Count > 0 ? all[0] : "")}");
            foreach (var line in all.Skip(1)) Line(line);
        }

        Line(b.Title ?? "");
        Line(Dateline(b));
        foreach (var (section, task) in Rows(b))
        {
            if (section is not null)
            {
                Line(section);
                continue;
            }

            var t = task!;
            var lines = t.Text.Split('\n');
            Line($"{t.Number}.{lines[0]}");
            foreach (var line in lines.Skip(1)) Line(line);
            Labelled(b.ProgressHeader ?? "进展情况", t.Progress.Length == 0 ? [] : t.Progress.Split('\n'));
            var progress = t.Progress.Split('\n');
            var lead = LeadNames(t).Where(u => !progress.Contains(u)).ToList();
            if (lead.Count > 0) Line($"牵头责任单位:{string.Join("、", lead)}。");
            if (PartnerNames(t).Count > 0) Line($"协同责任单位:{string.Join("、", PartnerNames(t))}。");
            if (t.Remarks is { Length: > 0 } remarks) Labelled("备注", remarks.Split('\n'));
        }

        Line("【打印本页】【关闭窗口】");
        return text.ToString();
    }
}
