namespace Wuhu.Reports.Model;

/// <summary>The PDF document information a renderer writes (shown by viewers and used by search).</summary>
public sealed record PdfMetadata(
    string Title,
    string Author,
    string Subject,
    string Keywords,
    string Creator,
    DateTimeOffset CreationDate);
