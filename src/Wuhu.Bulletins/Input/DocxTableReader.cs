using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input;

/// <summary>Reads a .docx: the first table whose header row names the bulletin columns, and the paragraphs before it.</summary>
internal static class DocxTableReader
{
    public static SourceDocument Read(ReadOnlyMemory<byte> content, string sourceName) =>
        OfficePackage.Read(content, sourceName, ".docx", stream =>
        {
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new BulletinRejectedException("corruptFile", $"{sourceName} is a .docx without a document body.");
            return ReadBody(body);
        });

    private static SourceDocument ReadBody(Body body)
    {
        var preamble = new List<string>();
        var allLines = new List<string>();
        foreach (var element in body.ChildElements)
        {
            if (element is Table table)
            {
                var rows = table.Elements<TableRow>().Select(ReadRow).ToList();
                if (rows.Any(row => HeaderRow.TryMatch(row.Select(c => c.Joined).ToList()) is not null))
                {
                    return new TabularDocument(BulletinFormat.Docx, preamble, rows);
                }

                allLines.AddRange(rows.SelectMany(r => r.SelectMany(c => c.Lines)));
            }
            else if (element is Paragraph paragraph)
            {
                var lines = ParagraphLines(paragraph);
                preamble.AddRange(lines);
                allLines.AddRange(lines);
            }
        }

        // No table with a header: a bulletin typed as paragraphs reads like extracted text.
        return new TextDocument(BulletinFormat.Docx, allLines);
    }

    private static IReadOnlyList<TableCell> ReadRow(TableRow row) =>
        row.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>()
            .Select(cell => new TableCell(cell.Elements<Paragraph>().SelectMany(ParagraphLines).ToList()))
            .ToList();

    private static List<string> ParagraphLines(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t: text.Append(t.Text); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case TabChar: text.Append(' '); break;
            }
        }

        return [.. text.ToString().Split('\n')];
    }
}
