using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>Builds .docx files element by element, so tests can place tracked changes, content controls and merges.</summary>
internal static class Docx
{
    public static readonly string[] Header = ["序号", "工作任务", "牵头责任单位", "一季度工作进展", "备注"];

    public static byte[] Document(params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new Body(body));
        }

        return stream.ToArray();
    }

    /// <summary>The usual page: title, dateline, then the given blocks.</summary>
    public static byte[] Bulletin(params OpenXmlElement[] blocks) =>
        Document([Para("2024年一季度重点工作任务进展情况"), Para("发布时间:2024-04-20 信息来源:芜湖市人民政府"), .. blocks]);

    public static Paragraph Para(string text) => new(Run(text));

    public static Paragraph Para(params OpenXmlElement[] runs) => new(runs);

    public static W.Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Table Table(params OpenXmlElement[] rows) => new([new TableProperties(), .. rows]);

    public static TableRow Row(params OpenXmlElement[] cells) => new(cells);

    public static TableRow HeaderRow() => Row([.. Header.Select(h => Cell(h))]);

    public static W.TableCell Cell(string text, int gridSpan = 1, MergedCellValues? vMerge = null, bool vMergeContinue = false)
    {
        var properties = new TableCellProperties();
        if (gridSpan > 1) properties.Append(new GridSpan { Val = gridSpan });
        if (vMerge is { } merge) properties.Append(new VerticalMerge { Val = merge });
        if (vMergeContinue) properties.Append(new VerticalMerge());
        return new W.TableCell(properties, Para(text));
    }

    public static W.TableCell Cell(params OpenXmlElement[] content) => new([new TableCellProperties(), .. content]);

    /// <summary>A standard task row n, with <paramref name="progress"/> in the progress cell when given.</summary>
    public static TableRow TaskRow(int n, W.TableCell? progress = null) =>
        Row(Cell(n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cell(TextTable.TaskText(n)), Cell("市发改委"), progress ?? Cell(TextTable.Progress(n)), Cell(""));

    public static IEnumerable<TableRow> TaskRows(int from, int to) => Enumerable.Range(from, to - from + 1).Select(n => TaskRow(n));
}
