using Azure;
using Azure.Data.Tables;

namespace Wuhu.Storage.Publishing;

/// <summary>
/// The row in the periods table (partition "period", row key the period key "2023-Q4") naming the version
/// readers see. It is written last, with ETag concurrency, so switching versions is one atomic write.
/// </summary>
public sealed record PeriodPointer
{
    public const string Partition = "period";

    public required string PeriodKey { get; init; }
    public required int Year { get; init; }
    public required int Quarter { get; init; }
    public required bool FullYear { get; init; }
    public required string VersionId { get; init; }
    public required string SourceBlob { get; init; }
    public required string Sha256 { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public required DateTimeOffset UploadedAt { get; init; }
    public required DateTimeOffset IngestedAt { get; init; }
    public required int TaskCount { get; init; }
    public string? PreviousVersionId { get; init; }
    /// <summary>
    /// <see cref="Wuhu.Bulletins.BulletinParser.Version"/> the current version was derived with; null on rows
    /// written before it was recorded, which count as derived by an older parser (see BulletinRederivationService).
    /// </summary>
    public string? ParserVersion { get; init; }
    public ETag ETag { get; init; }

    public TableEntity ToEntity() => new(Partition, PeriodKey)
    {
        [nameof(Year)] = Year,
        [nameof(Quarter)] = Quarter,
        [nameof(FullYear)] = FullYear,
        [nameof(VersionId)] = VersionId,
        [nameof(SourceBlob)] = SourceBlob,
        [nameof(Sha256)] = Sha256,
        [nameof(PublishedOn)] = PublishedOn?.ToString("yyyy-MM-dd"),
        [nameof(UploadedAt)] = UploadedAt,
        [nameof(IngestedAt)] = IngestedAt,
        [nameof(TaskCount)] = TaskCount,
        [nameof(PreviousVersionId)] = PreviousVersionId,
        [nameof(ParserVersion)] = ParserVersion,
    };

    public static PeriodPointer FromEntity(TableEntity entity) => new()
    {
        PeriodKey = entity.RowKey,
        Year = entity.GetInt32(nameof(Year)) ?? 0,
        Quarter = entity.GetInt32(nameof(Quarter)) ?? 0,
        FullYear = entity.GetBoolean(nameof(FullYear)) ?? false,
        VersionId = entity.GetString(nameof(VersionId)),
        SourceBlob = entity.GetString(nameof(SourceBlob)),
        Sha256 = entity.GetString(nameof(Sha256)),
        PublishedOn = entity.GetString(nameof(PublishedOn)) is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd") : null,
        UploadedAt = entity.GetDateTimeOffset(nameof(UploadedAt)) ?? default,
        IngestedAt = entity.GetDateTimeOffset(nameof(IngestedAt)) ?? default,
        TaskCount = entity.GetInt32(nameof(TaskCount)) ?? 0,
        PreviousVersionId = entity.GetString(nameof(PreviousVersionId)),
        ParserVersion = entity.GetString(nameof(ParserVersion)),
        ETag = entity.ETag,
    };

    public static async Task<PeriodPointer?> GetAsync(TableClient periods, string periodKey, CancellationToken cancellationToken)
    {
        var response = await periods.GetEntityIfExistsAsync<TableEntity>(Partition, periodKey, cancellationToken: cancellationToken);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }
}
