using System.Diagnostics;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Storage.Publishing;

namespace Wuhu.Storage.Ingestion;

/// <summary>
/// Ingests one uploaded blob: size check, download, parse, publish, record. The one path used by the blob
/// trigger and by `wuhu ingest`. Files that can never be ingested are recorded as Rejected (and marked in
/// the blob's metadata) without throwing; storage failures throw so the caller (the Functions host) retries.
/// </summary>
public sealed class BulletinIngestionService(
    StorageContext storage,
    BulletinPublisher publisher,
    IngestionRecordStore records,
    Func<ReadOnlyMemory<byte>, string, Bulletin>? parse = null,
    TimeProvider? clock = null)
{
    /// <summary>Blob metadata set on rejected uploads: wuhustatus=rejected, wuhureason=&lt;code&gt;.</summary>
    public const string StatusMetadataKey = "wuhustatus";
    public const string ReasonMetadataKey = "wuhureason";
    /// <summary>Blob metadata naming who uploaded through the web app (URL-encoded: metadata values are ASCII).</summary>
    public const string UploaderMetadataKey = "wuhuuploader";

    private readonly Func<ReadOnlyMemory<byte>, string, Bulletin> parse = parse
        ?? ((content, name) => BulletinParser.Parse(content, name, storage.Options.ParseOptions));

    /// <summary>How often a download is retried when the blob is replaced between reading its size and its bytes.</summary>
    private const int ReplacedBlobAttempts = 5;

    /// <summary>
    /// Test seam: runs after the period was published and before the ingestion record is completed. Throwing here
    /// simulates a process that dies at that moment.
    /// </summary>
    public Func<CancellationToken, Task>? AfterPublish { get; init; }
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public BulletinIngestionService(StorageContext storage, Func<ReadOnlyMemory<byte>, string, Bulletin>? parse = null)
        : this(storage, new BulletinPublisher(storage), new IngestionRecordStore(storage), parse)
    {
    }

    public BulletinPublisher Publisher => publisher;

    /// <summary>
    /// Uploads a file into the bulletins container (replacing a blob of that name) and ingests it. The uploader,
    /// when known (the web app's signed-in user), is kept in the blob's metadata so the blob trigger's record
    /// of the same upload names them too.
    /// </summary>
    public async Task<IngestionRecord> UploadAndIngestAsync(string blobName, Stream content, CancellationToken cancellationToken = default, string? uploadedBy = null)
    {
        // Request URLs collapse "." and ".." segments: "../reports/x" would write into the reports container.
        if (blobName.Split('/').Any(segment => segment is "." or ".."))
        {
            throw new ArgumentException(
                $"Blob name '{blobName}' has a '.' or '..' segment, which would address a blob outside the {storage.Bulletins.Name} container.", nameof(blobName));
        }

        var blob = storage.Bulletins.GetBlobClient(blobName);
        var upload = new BlobUploadOptions();
        if (!string.IsNullOrWhiteSpace(uploadedBy))
        {
            upload.Metadata = new Dictionary<string, string> { [UploaderMetadataKey] = Uri.EscapeDataString(uploadedBy) };
        }

        await blob.UploadAsync(content, upload, cancellationToken);
        return await IngestAsync(blob, freshUpload: true, cancellationToken);
    }

    /// <summary>Ingests a blob that is already in the container (the blob trigger: events may be delivered more than once).</summary>
    public Task<IngestionRecord> IngestAsync(BlobClient blob, CancellationToken cancellationToken = default) =>
        IngestAsync(blob, freshUpload: false, cancellationToken);

    /// <param name="freshUpload">True when this call just uploaded the blob: it cannot be a redelivered event.</param>
    private async Task<IngestionRecord> IngestAsync(BlobClient blob, bool freshUpload, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await IngestOnceAsync(blob, freshUpload, cancellationToken);
            }
            catch (RequestFailedException replaced) when (replaced.Status == 412 && attempt < ReplacedBlobAttempts)
            {
                // Overwritten between reading its properties and its bytes: ingest what the name holds now (the
                // newer upload's own event will find this record and stop there).
            }
        }
    }

    private async Task<IngestionRecord> IngestOnceAsync(BlobClient blob, bool freshUpload, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
        var name = blob.Name;
        var uploadedAt = properties.CreatedOn != default ? properties.CreatedOn : properties.LastModified;
        var limit = storage.Options.MaxUploadBytes;
        if (properties.ContentLength > limit)
        {
            return await RejectAsync(blob, properties, Record(properties.ContentLength, null) with
            {
                ReasonCode = "tooLarge",
                Message = $"{name} is {properties.ContentLength:N0} bytes; the limit (Wuhu:MaxUploadBytes) is {limit:N0} bytes.",
            }, cancellationToken);
        }

        // Download exactly the version whose size was checked; a newer upload has its own event.
        var download = await blob.DownloadContentAsync(
            new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } }, cancellationToken);
        var content = download.Value.Content.ToMemory();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));

        var earlier = await records.FindAsync(name, sha256, cancellationToken);
        if (!freshUpload && earlier is { Outcome: not IngestionOutcome.Pending } && earlier.IngestedAt >= uploadedAt)
        {
            // Redelivery of an event already handled (blob triggers are at-least-once). A record older than
            // the blob belongs to an earlier upload of the same bytes under this name, which is ingested again;
            // a Pending one belongs to a delivery that died while publishing, which this one completes.
            return earlier;
        }

        var record = Record(content.Length, sha256);
        if (content.Length == 0)
        {
            return await RejectAsync(blob, properties, record with { ReasonCode = "empty", Message = $"{name} is empty (0 bytes)." }, cancellationToken);
        }

        Bulletin bulletin;
        try
        {
            bulletin = parse(content, name);
        }
        catch (BulletinRejectedException rejected)
        {
            return await RejectAsync(blob, properties, record with { ReasonCode = rejected.Code, Message = rejected.Message }, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The same bytes would fail the same way: retrying cannot help, so record it for staff instead.
            return await RejectAsync(blob, properties, record with
            {
                ReasonCode = "parserError",
                Message = $"The parser failed on {name}: {failure.GetType().Name}: {failure.Message}",
            }, cancellationToken);
        }

        // Record first, then publish, then complete the record: a process that dies in between leaves a Pending
        // record naming the upload, never a period that changed without any record of why.
        record = record with
        {
            Outcome = IngestionOutcome.Pending,
            Format = bulletin.Format.ToString().ToLowerInvariant(),
            PeriodKey = bulletin.Period.Key,
            Title = bulletin.Title,
            FullYear = bulletin.Period.FullYear,
            TaskCount = bulletin.Tasks.Count,
            WarningCount = bulletin.Warnings.Sum(w => w.Count),
            Message = $"Publishing {bulletin.Tasks.Count} tasks for {bulletin.Period.Key}.",
        };
        // The same name and bytes again share the row of the upload that published them: never overwrite that
        // Accepted row with a Pending one (the publish below finds the content already current: a Duplicate).
        if (earlier is not { Outcome: IngestionOutcome.Accepted })
        {
            await records.SaveAsync(record, cancellationToken);
        }

        var result = await publisher.PublishAsync(bulletin, new PublishSource(name, sha256, uploadedAt), cancellationToken);
        if (AfterPublish is { } afterPublish)
        {
            await afterPublish(cancellationToken);
        }

        var outcome = result.Outcome switch
        {
            PublishOutcome.Published => IngestionOutcome.Accepted,
            // The period shows this very upload (same name, same upload time): an earlier delivery of its event
            // published it, then failed before its record. A later upload of the same bytes is a Duplicate.
            PublishOutcome.Duplicate when !freshUpload && result.Current.SourceBlob == name && result.Current.UploadedAt == uploadedAt => IngestionOutcome.Accepted,
            PublishOutcome.Duplicate => IngestionOutcome.Duplicate,
            _ => IngestionOutcome.Superseded,
        };
        record = record with
        {
            Outcome = outcome,
            PeriodKey = result.PeriodKey,
            VersionId = result.VersionId,
            Transactions = result.Transactions + result.CleanupTransactions,
            ReasonCode = outcome switch
            {
                IngestionOutcome.Duplicate => "duplicate",
                IngestionOutcome.Superseded => "superseded",
                _ => null,
            },
            Message = outcome switch
            {
                IngestionOutcome.Duplicate => $"Period {result.PeriodKey} already shows this content (from {result.Current.SourceBlob}).",
                IngestionOutcome.Superseded => $"Period {result.PeriodKey} already shows a newer bulletin: {result.Current.SourceBlob} (published {result.Current.PublishedOn?.ToString("yyyy-MM-dd") ?? "?"}, uploaded {result.Current.UploadedAt:u}).",
                _ => result.ReplacedVersionId is null ? $"{bulletin.Tasks.Count} tasks stored for {result.PeriodKey}." : $"{bulletin.Tasks.Count} tasks stored for {result.PeriodKey}, replacing the previous upload.",
            },
            DurationMs = stopwatch.Elapsed.TotalMilliseconds,
        };
        if (outcome == IngestionOutcome.Duplicate && result.Current.SourceBlob == name)
        {
            // The same name and bytes share the row of the upload that published them: keep that Accepted row
            // (what staff need to see) and report the duplicate to the caller only.
            return record;
        }

        await records.SaveAsync(record, cancellationToken);
        return record;

        IngestionRecord Record(long size, string? sha) => new()
        {
            BlobName = name,
            Size = size,
            Sha256 = sha,
            Outcome = IngestionOutcome.Rejected,
            ParserVersion = BulletinParser.Version,
            IngestedAt = clock.GetUtcNow(),
            UploadedBy = properties.Metadata.TryGetValue(UploaderMetadataKey, out var uploader) ? Uri.UnescapeDataString(uploader) : null,
        };
    }

    private async Task<IngestionRecord> RejectAsync(BlobClient blob, BlobProperties properties, IngestionRecord record, CancellationToken cancellationToken)
    {
        record = record with { Outcome = IngestionOutcome.Rejected };
        await records.SaveAsync(record, cancellationToken);
        var metadata = new Dictionary<string, string>(properties.Metadata)
        {
            [StatusMetadataKey] = "rejected",
            [ReasonMetadataKey] = record.ReasonCode ?? "unknown",
        };
        try
        {
            await blob.SetMetadataAsync(metadata, new BlobRequestConditions { IfMatch = properties.ETag }, cancellationToken);
        }
        catch (RequestFailedException changed) when (changed.Status == 412)
        {
            // Replaced by a new upload meanwhile: that upload gets its own event and its own marking.
        }

        return record;
    }
}
