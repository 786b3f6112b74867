using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wuhu.Reports.Pdf;

/// <summary>
/// Adds a document outline (bookmarks) to a PDF written by Skia. SkiaSharp 4.155 exposes named destinations and
/// links (SKCanvas.DrawNamedDestinationAnnotation / DrawLinkDestinationAnnotation) but no outline: its
/// SKDocumentPdfMetadata has no outline option and the PDF backend writes none. So the outline is added as a
/// standard PDF incremental update (ISO 32000-1, 7.5.6): the original bytes stay as they are, and appended after
/// them are the outline objects, a new version of the catalog naming them (/Outlines, /PageMode /UseOutlines),
/// an xref section for those objects and a trailer pointing back (/Prev) to Skia's. Each bookmark opens a named
/// destination Skia wrote into the catalog's /Dests.
/// </summary>
public static partial class PdfOutlineAppender
{
    public static byte[] Append(byte[] pdf, IReadOnlyList<(string Title, string Destination)> entries)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (entries.Count == 0)
        {
            return pdf;
        }

        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 1024), Math.Min(1024, pdf.Length));
        var trailer = TrailerPattern().Match(tail);
        if (!trailer.Success)
        {
            throw new InvalidOperationException("The PDF has no classic trailer with /Size, /Root and startxref; cannot add an outline.");
        }

        var size = int.Parse(trailer.Groups["size"].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(trailer.Groups["root"].Value, CultureInfo.InvariantCulture);
        var info = trailer.Groups["info"].Success ? $"\n/Info {trailer.Groups["info"].Value} 0 R" : string.Empty;
        var previousXref = trailer.Groups["xref"].Value;
        var catalog = CatalogDictionary(pdf, root);

        var output = new MemoryStream(pdf.Length + 4096);
        output.Write(pdf);
        var offsets = new SortedDictionary<int, long>();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        void Object(int number, string body)
        {
            offsets[number] = output.Position;
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }

        Write("\n");
        var outlines = size;
        var first = size + 1;
        var last = size + entries.Count;
        Object(outlines, $"<</Type /Outlines\n/First {first} 0 R\n/Last {last} 0 R\n/Count {entries.Count}>>");
        for (var i = 0; i < entries.Count; i++)
        {
            var number = first + i;
            var links = (i > 0 ? $"\n/Prev {number - 1} 0 R" : string.Empty) + (number < last ? $"\n/Next {number + 1} 0 R" : string.Empty);
            Object(number, $"<</Title {TextString(entries[i].Title)}\n/Parent {outlines} 0 R{links}\n/Dest /{Name(entries[i].Destination)}>>");
        }

        // The catalog again, under its own number: same entries plus the outline, opened with the outline shown.
        var closing = catalog.LastIndexOf(">>", StringComparison.Ordinal);
        Object(root, catalog[..closing] + $"\n/Outlines {outlines} 0 R\n/PageMode /UseOutlines>>");

        var xref = output.Position;
        var builder = new StringBuilder("xref\n");
        foreach (var run in Runs(offsets.Keys))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{run.Start} {run.Count}\n");
            for (var n = run.Start; n < run.Start + run.Count; n++)
            {
                builder.Append(offsets[n].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
            }
        }

        builder.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {last + 1}\n/Root {root} 0 R{info}\n/Prev {previousXref}>>\nstartxref\n{xref}\n%%EOF\n");
        Write(builder.ToString());
        return output.ToArray();
    }

    /// <summary>The catalog's dictionary text ("&lt;&lt;/Type /Catalog … &gt;&gt;"), from the last definition of object <paramref name="root"/>.</summary>
    private static string CatalogDictionary(byte[] pdf, int root)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var start = text.LastIndexOf($"\n{root} 0 obj\n", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("\nendobj", start + 1, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException($"The PDF's catalog (object {root}) was not found; cannot add an outline.");
        }

        var body = text[(text.IndexOf('\n', start + 1) + 1)..end].Trim();
        return body.StartsWith("<<", StringComparison.Ordinal) && body.Contains("/Catalog", StringComparison.Ordinal) && !body.Contains("/Outlines", StringComparison.Ordinal)
            ? body
            : throw new InvalidOperationException($"Object {root} is not a catalog without an outline; cannot add one.");
    }

    /// <summary>A PDF text string in UTF-16BE with byte-order mark, as hex: any Chinese title, nothing to escape.</summary>
    private static string TextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    /// <summary>A PDF name: regular ASCII characters as they are, anything else as #xx.</summary>
    private static string Name(string name)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            var regular = b is > 0x20 and < 0x7F && "()<>[]{}/%#".IndexOf((char)b) < 0;
            builder.Append(regular ? ((char)b).ToString() : $"#{b:X2}");
        }

        return builder.ToString();
    }

    private static IEnumerable<(int Start, int Count)> Runs(IEnumerable<int> numbers)
    {
        int? start = null;
        var count = 0;
        foreach (var n in numbers)
        {
            if (start is { } s && n == s + count)
            {
                count++;
                continue;
            }

            if (start is { } done)
            {
                yield return (done, count);
            }

            start = n;
            count = 1;
        }

        if (start is { } rest)
        {
            yield return (rest, count);
        }
    }

    [GeneratedRegex(@"trailer\s*<<(?=[\s\S]*?/Size (?<size>\d+))(?=[\s\S]*?/Root (?<root>\d+) 0 R)(?:(?=[\s\S]*?/Info (?<info>\d+) 0 R))?[\s\S]*?>>\s*startxref\s*(?<xref>\d+)\s*%%EOF\s*$")]
    private static partial Regex TrailerPattern();
}
