using System.IO.Compression;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Input;

/// <summary>Decides how to read an upload from its bytes (magic numbers, zip entries), not its file name.</summary>
internal static class ContentSniffer
{
    private static readonly (byte[] Magic, string What)[] KnownBinaries =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Office file (.doc/.xls); save it as .docx or .xlsx"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ([0x1F, 0x8B], "a gzip archive"),
        ("7z"u8.ToArray(), "a 7-Zip archive"),
    ];

    public static SourceDocument Read(ReadOnlyMemory<byte> content, string sourceName)
    {
        var bytes = content.Span;
        if (bytes.IsEmpty)
        {
            throw new BulletinRejectedException("empty", $"{sourceName} is empty (0 bytes).");
        }

        if (bytes.StartsWith("%PDF"u8))
        {
            return PdfTableReader.Read(content, sourceName);
        }

        foreach (var (magic, what) in KnownBinaries)
        {
            if (bytes.StartsWith(magic))
            {
                throw new BulletinRejectedException("unsupportedFormat", $"{sourceName} is {what}, not a bulletin table.");
            }
        }

        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            return ReadOfficeZip(content, sourceName);
        }

        if (TextDecoder.TryDecodeUtf8Lines(bytes, sourceName) is { } lines)
        {
            return new TextDocument(BulletinFormat.Text, lines);
        }

        var text = TextDecoder.Decode(bytes, sourceName);
        if (string.IsNullOrWhiteSpace(text)) throw OnlyWhitespace(sourceName);

        return HtmlTableReader.LooksLikeHtml(text) ? HtmlTableReader.Read(text) : new TextDocument(BulletinFormat.Text, SplitLines(text));
    }

    internal static BulletinRejectedException OnlyWhitespace(string sourceName) => new("empty", $"{sourceName} holds only whitespace.");

    /// <summary>
    /// Lines split at every newline sequence (CRLF counts once), as text.ReplaceLineEndings("\n").Split('\n') gives
    /// them, without copying the whole text first: large uploads stay out of a second large-object allocation.
    /// </summary>
    internal static IReadOnlyList<string> SplitLines(string text)
    {
        var span = text.AsSpan();
        if (!span.ContainsAny("\r\n\f\u0085\u2028\u2029")) return [text]; // one line: the text itself rather than its copy
        return TextLines.Split(span);
    }

    private static SourceDocument ReadOfficeZip(ReadOnlyMemory<byte> content, string sourceName)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            OfficeZipGuard.Check(zip, sourceName);
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return DocxTableReader.Read(content, sourceName);
            }

            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return XlsxTableReader.Read(content, sourceName);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new BulletinRejectedException("corruptFile", $"{sourceName} looks like a zip/Office file but cannot be opened: {ex.Message}");
        }

        throw new BulletinRejectedException("unsupportedFormat", $"{sourceName} is a zip archive but neither a .docx nor an .xlsx document.");
    }
}
