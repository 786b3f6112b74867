using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using Wuhu.Bulletins.Input.Pdf;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input;

/// <summary>
/// Reads a PDF that has a text layer (PdfPig): finds the header row, turns its columns into bands, and rebuilds
/// the rows from where the words stand, so the rest of the parser sees the same table as from a .docx.
/// </summary>
internal static class PdfTableReader
{
    /// <summary>Bulletins run to a few dozen pages; more is not a bulletin, and each page costs memory and time.</summary>
    public const int MaxPages = 500;

    /// <summary>Below this many characters per page on average, the text is stamps or page numbers over scanned images.</summary>
    private const int ScannedCharactersPerPage = 20;

    public static SourceDocument Read(ReadOnlyMemory<byte> content, string sourceName)
    {
        var pages = ReadPages(content, sourceName);
        var characters = pages.Sum(p => p.Glyphs.Count(g => !g.IsSpace));
        if (characters == 0)
        {
            throw Scanned(sourceName, pages.Count);
        }

        var rawLines = pages.Select(p => PdfText.Lines(p.Glyphs)).ToList();
        var lines = PdfPageFurniture.Remove(pages, rawLines);
        for (var p = 0; p < pages.Count; p++)
        {
            if (PdfHeaderFinder.Find(lines[p]) is not { } header) continue;

            var body = lines.Skip(p).SelectMany((pageLines, i) => i == 0 ? pageLines.Skip(header.EndLine) : pageLines).ToList();
            var bands = PdfColumnBands.Compute(header, body);
            var warnings = new List<ParseWarning>();
            // The lines above the table on its own page come first: a cover or note page before it may also mention
            // 重点工作任务进展情况, but the title is the one printed over the table.
            var preamble = Preamble(lines[p].Take(header.FirstLine).ToList()).Concat(Preamble(lines.Take(p).SelectMany(l => l).ToList())).ToList();
            var noise = preamble.Select(TextCleaner.RemoveAllWhitespace).Where(t => t.Length >= 6).ToHashSet(StringComparer.Ordinal);
            var rows = PdfTableRows.Build(pages, lines, p, header, bands, noise, warnings);
            warnings.AddRange(RotatedText(pages));
            return new TabularDocument(BulletinFormat.Pdf, preamble, rows) { Warnings = warnings };
        }

        if (characters < ScannedCharactersPerPage * pages.Count)
        {
            throw Scanned(sourceName, pages.Count);
        }

        throw new BulletinRejectedException("noTable", $"{sourceName}: no page of the PDF has a table header row (looked for {HeaderRow.Describe()}).");
    }

    private static List<PdfPageContent> ReadPages(ReadOnlyMemory<byte> content, string sourceName)
    {
        try
        {
            using var document = PdfDocument.Open(content.ToArray(), new ParsingOptions { UseLenientParsing = true });
            if (document.NumberOfPages > MaxPages)
            {
                throw new BulletinRejectedException(
                    "tooManyPages", $"{sourceName} is a PDF of {document.NumberOfPages:N0} pages; a bulletin has far fewer (the limit is {MaxPages}).");
            }

            if (document.NumberOfPages == 0)
            {
                throw new BulletinRejectedException("corruptFile", $"{sourceName} is a PDF without pages.");
            }

            return [.. Enumerable.Range(1, document.NumberOfPages).Select(n => PdfPageContent.From(document.GetPage(n)))];
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new BulletinRejectedException(
                "encryptedPdf", $"{sourceName} is a password-protected PDF and cannot be read; upload it without the password, or the original Word/Excel file.");
        }
        catch (Exception ex) when (ex is not BulletinRejectedException and not OutOfMemoryException)
        {
            // PdfPig reports damage with many exception types; the same bytes would always fail the same way.
            throw new BulletinRejectedException("corruptFile", $"{sourceName} is a damaged PDF: {ex.Message}");
        }
    }

    /// <summary>Stamps and watermarks drawn at an angle are not read; each distinct text is named once, with its pages.</summary>
    private static IEnumerable<ParseWarning> RotatedText(List<PdfPageContent> pages) =>
        pages.Where(p => p.RotatedText.Length > 0)
            .GroupBy(p => p.RotatedText)
            .Select(g => new ParseWarning("unplacedText",
                $"page {string.Join(", ", g.Select(p => p.Number))}: rotated text (a stamp or watermark) was not used: \"{TextCleaner.CleanLine(g.Key)}\""));

    private static BulletinRejectedException Scanned(string sourceName, int pages) =>
        new("scannedPdf",
            $"{sourceName} is a PDF without a text layer (a scan or a picture of the pages: its {pages} page(s) hold no text to read). " +
            "Upload the original Word (.docx) or Excel (.xlsx) file, or the bulletin's web page, instead.");

    /// <summary>The lines above the table; a title printed large over two lines is joined into one.</summary>
    private static List<string> Preamble(List<PdfLine> lines)
    {
        var texts = new List<string>();
        PdfLine? previous = null;
        var bodySize = lines.Count == 0 ? 0 : lines.Select(l => l.Size).Order().ElementAt(lines.Count / 2);
        foreach (var line in lines)
        {
            var sameTitle = previous is not null && line.Size > bodySize * 1.2 && Math.Abs(line.Size - previous.Size) < 0.5
                && line.Top - previous.Bottom < line.Size;
            if (sameTitle) texts[^1] += line.Text;
            else texts.Add(line.Text);
            previous = line;
        }

        return texts;
    }
}
