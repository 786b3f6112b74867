using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Input;

/// <summary>Opens the bytes of an Office file for a reader, turning every kind of damage into one rejection.</summary>
internal static class OfficePackage
{
    /// <remarks>FormatException covers System.IO.Packaging's FileFormatException (bad content types or relationships);
    /// the SDK throws InvalidOperationException for a relationship to a part that is not in the package.</remarks>
    /// <param name="kind">".docx" or ".xlsx", for the message.</param>
    public static SourceDocument Read(ReadOnlyMemory<byte> content, string sourceName, string kind, Func<Stream, SourceDocument> read)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            return read(stream);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException or InvalidOperationException)
        {
            throw new BulletinRejectedException("corruptFile", $"{sourceName} is a damaged {kind}: {ex.Message}");
        }
    }
}
