namespace Wuhu.Reports.Pdf;

/// <summary>The PDF's document information (shown by viewers under "Properties").</summary>
public sealed record PdfDocumentInfo(
    string Title,
    string Author,
    string Subject,
    string Keywords,
    DateTimeOffset Created,
    string Creator = "Wuhu.Reports");
