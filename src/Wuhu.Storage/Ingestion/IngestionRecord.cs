using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace Wuhu.Storage.Ingestion;

/// <summary>
/// One row per uploaded blob content in the ingestions table: what was uploaded, what became of it and why.
/// Keyed by blob name + content hash, so a redelivered event finds the row of its first delivery.
/// </summary>
public sealed record IngestionRecord
{
    public const string Partition = "ingestion";

    public required string BlobName { get; init; }
    public required long Size { get; init; }
    /// <summary>Lowercase hex; null when the blob was rejected before it was downloaded (too large).</summary>
    public string? Sha256 { get; init; }
    /// <summary>text / html / docx / xlsx as detected by the parser; null when it did not get that far.</summary>
    public string? Format { get; init; }
    public string? PeriodKey { get; init; }
    /// <summary>True when the bulletin is the full-year one (its period key is the year's Q4).</summary>
    public bool FullYear { get; init; }
    public string? Title { get; init; }
    public int TaskCount { get; init; }
    public int WarningCount { get; init; }
    public required IngestionOutcome Outcome { get; init; }
    /// <summary>Machine-readable reason: the parser's rejection code ("empty", "noTable"…), "tooLarge", "parserError", "duplicate", "superseded", "rederived".</summary>
    public string? ReasonCode { get; init; }
    public string? Message { get; init; }
    public required string ParserVersion { get; init; }
    public required DateTimeOffset IngestedAt { get; init; }
    /// <summary>The period version this upload was stored as (Accepted) or found current (Duplicate, Superseded).</summary>
    public string? VersionId { get; init; }
    public int Transactions { get; init; }
    public double DurationMs { get; init; }
    /// <summary>Who uploaded it through the web app (the signed-in name); null for uploads by CLI, portal or Storage Explorer.</summary>
    public string? UploadedBy { get; init; }

    public string RowKey => Outcome == IngestionOutcome.Rederived
        // One row per re-derivation, beside (never over) the upload's own row, which redelivery looks up.
        ? KeyFor(BlobName, $"{Sha256}@parser {ParserVersion}")
        : KeyFor(BlobName, Sha256 ?? "");

    /// <summary>Row key: hash of name and content (blob names may hold characters row keys forbid, like '/').</summary>
    public static string KeyFor(string blobName, string contentId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(blobName + "\n" + contentId)))[..40];

    public TableEntity ToEntity() => new(Partition, RowKey)
    {
        [nameof(BlobName)] = BlobName,
        [nameof(Size)] = Size,
        [nameof(Sha256)] = Sha256,
        [nameof(Format)] = Format,
        [nameof(PeriodKey)] = PeriodKey,
        [nameof(FullYear)] = FullYear,
        [nameof(Title)] = Truncate(Title),
        [nameof(TaskCount)] = TaskCount,
        [nameof(WarningCount)] = WarningCount,
        [nameof(Outcome)] = Outcome.ToString(),
        [nameof(ReasonCode)] = ReasonCode,
        [nameof(Message)] = Truncate(Message),
        [nameof(ParserVersion)] = ParserVersion,
        [nameof(IngestedAt)] = IngestedAt,
        [nameof(VersionId)] = VersionId,
        [nameof(Transactions)] = Transactions,
        [nameof(DurationMs)] = DurationMs,
        [nameof(UploadedBy)] = UploadedBy,
    };

    public static IngestionRecord FromEntity(TableEntity e) => new()
    {
        BlobName = e.GetString(nameof(BlobName)),
        Size = e.GetInt64(nameof(Size)) ?? 0,
        Sha256 = e.GetString(nameof(Sha256)),
        Format = e.GetString(nameof(Format)),
        PeriodKey = e.GetString(nameof(PeriodKey)),
        FullYear = e.GetBoolean(nameof(FullYear)) ?? false,
        Title = e.GetString(nameof(Title)),
        TaskCount = e.GetInt32(nameof(TaskCount)) ?? 0,
        WarningCount = e.GetInt32(nameof(WarningCount)) ?? 0,
        Outcome = Enum.Parse<IngestionOutcome>(e.GetString(nameof(Outcome))),
        ReasonCode = e.GetString(nameof(ReasonCode)),
        Message = e.GetString(nameof(Message)),
        ParserVersion = e.GetString(nameof(ParserVersion)),
        IngestedAt = e.GetDateTimeOffset(nameof(IngestedAt)) ?? default,
        VersionId = e.GetString(nameof(VersionId)),
        Transactions = e.GetInt32(nameof(Transactions)) ?? 0,
        DurationMs = e.GetDouble(nameof(DurationMs)) ?? 0,
        UploadedBy = e.GetString(nameof(UploadedBy)),
    };

    /// <summary>Messages are for people; a table property holds at most 32K chars.</summary>
    private static string? Truncate(string? text) => text is { Length: > 4000 } ? text[..3999] + "…" : text;
}
