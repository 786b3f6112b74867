using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Publishing;

namespace Wuhu.Storage.Rederivation;

/// <summary>
/// Brings stored periods up to the current parser: every period whose current version was derived by another
/// parser version (or by an unrecorded one) is parsed again from its source blob in `bulletins` and, when the
/// result differs, published as a new version through the same ETag-guarded pointer switch as an upload. A
/// period whose source is gone, changed or now rejected keeps its old version and is reported. Because report
/// manifests record source version ids, the next report run rebuilds exactly the reports of changed periods.
/// Used by `wuhu rederive`, the RederivePeriods timer and POST /api/periods/rederive.
/// </summary>
public sealed class BulletinRederivationService(
    StorageContext storage,
    BulletinPublisher publisher,
    IngestionRecordStore records,
    Func<ReadOnlyMemory<byte>, string, Bulletin>? parse = null,
    string? parserVersion = null,
    TimeProvider? clock = null)
{
    /// <summary>Attempts per period when the pointer moves under the re-derivation without a new upload winning.</summary>
    public const int MaxAttempts = 3;

    // The same cap as ingestion: a bulletin accepted under a raised Wuhu:MaxTasksPerBulletin re-derives under it too.
    private readonly Func<ReadOnlyMemory<byte>, string, Bulletin> parse = parse
        ?? ((content, name) => BulletinParser.Parse(content, name, storage.Options.ParseOptions));
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public BulletinRederivationService(StorageContext storage)
        : this(storage, new BulletinPublisher(storage), new IngestionRecordStore(storage))
    {
    }

    /// <summary>The version periods are brought to (default <see cref="BulletinParser.Version"/>).</summary>
    public string ParserVersion { get; } = parserVersion ?? BulletinParser.Version;

    public BulletinPublisher Publisher => publisher;

    /// <summary>Every stored period, in period order. With <paramref name="dryRun"/> nothing is written.</summary>
    public async Task<RederivationRun> RederiveAsync(bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var pointers = new List<PeriodPointer>();
        await foreach (var entity in storage.Periods.QueryAsync<TableEntity>(
                           $"PartitionKey eq '{PeriodPointer.Partition}'", cancellationToken: cancellationToken))
        {
            pointers.Add(PeriodPointer.FromEntity(entity));
        }

        var results = new List<PeriodRederivation>();
        foreach (var pointer in pointers.OrderBy(p => p.PeriodKey, StringComparer.Ordinal))
        {
            results.Add(await RederivePeriodAsync(pointer, dryRun, cancellationToken));
        }

        return new RederivationRun(ParserVersion, dryRun, results, stopwatch.Elapsed);
    }

    /// <summary>One period, starting from the pointer as read. Storage failures throw; everything else is a result.</summary>
    public async Task<PeriodRederivation> RederivePeriodAsync(PeriodPointer pointer, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var started = pointer;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            if (pointer.ParserVersion == ParserVersion)
            {
                return Result(pointer, RederivationOutcome.Current, message: ReferenceEquals(pointer, started)
                    ? $"{pointer.PeriodKey} is already derived by parser {ParserVersion}."
                    : $"{pointer.PeriodKey} was brought to parser {ParserVersion} by another run meanwhile.");
            }

            var (done, moved) = await AttemptAsync(pointer, dryRun, cancellationToken);
            if (done is not null)
            {
                return done;
            }

            if (moved is null || moved.SourceBlob != pointer.SourceBlob || !string.Equals(moved.Sha256, pointer.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return Result(pointer, RederivationOutcome.Superseded, message: moved is null
                    ? $"{pointer.PeriodKey} was removed while being re-derived."
                    : $"{pointer.PeriodKey} was replaced by a new upload ({moved.SourceBlob}) while being re-derived; the upload stays current.");
            }

            pointer = moved;
        }

        return Result(pointer, RederivationOutcome.Conflict, reasonCode: "conflict",
            message: $"{pointer.PeriodKey} kept changing during {MaxAttempts} attempts; it stays as it is until the next run.");
    }

    /// <summary>Either a final result, or (null, the pointer now current) when the pointer moved and the caller decides again.</summary>
    private async Task<(PeriodRederivation? Done, PeriodPointer? Moved)> AttemptAsync(PeriodPointer pointer, bool dryRun, CancellationToken cancellationToken)
    {
        var was = pointer.ParserVersion is { } version ? $"parser {version}" : "an unrecorded parser version";
        var keeps = $"the version derived by {was} stays";
        var blob = storage.Bulletins.GetBlobClient(pointer.SourceBlob);
        BinaryData content;
        try
        {
            BlobProperties properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            if (properties.ContentLength > storage.Options.MaxUploadBytes)
            {
                return (Result(pointer, RederivationOutcome.Rejected, reasonCode: "tooLarge",
                    message: $"{pointer.SourceBlob} is {properties.ContentLength:N0} bytes, over the limit (Wuhu:MaxUploadBytes) of {storage.Options.MaxUploadBytes:N0}; {keeps}."), null);
            }

            content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (RequestFailedException gone) when (gone.Status == 404)
        {
            return (Result(pointer, RederivationOutcome.SourceMissing, reasonCode: "sourceMissing",
                message: $"Source blob {pointer.SourceBlob} of {pointer.PeriodKey} is gone from {storage.Bulletins.Name}; {keeps}."), null);
        }

        var bytes = content.ToMemory();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        if (!string.Equals(sha256, pointer.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return (Result(pointer, RederivationOutcome.SourceChanged, reasonCode: "sourceChanged",
                message: $"{pointer.SourceBlob} now holds other content (SHA-256 {sha256[..12]}…, the period was derived from {pointer.Sha256[..Math.Min(12, pointer.Sha256.Length)]}…); {keeps}."), null);
        }

        Bulletin bulletin;
        try
        {
            bulletin = parse(bytes, pointer.SourceBlob);
        }
        catch (BulletinRejectedException rejected)
        {
            return (Result(pointer, RederivationOutcome.Rejected, reasonCode: rejected.Code,
                message: $"Parser {ParserVersion} rejects {pointer.SourceBlob}: {rejected.Message}; {keeps}."), null);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return (Result(pointer, RederivationOutcome.Rejected, reasonCode: "parserError",
                message: $"Parser {ParserVersion} failed on {pointer.SourceBlob}: {failure.GetType().Name}: {failure.Message}; {keeps}."), null);
        }

        if (bulletin.Period.Key != pointer.PeriodKey)
        {
            return (Result(pointer, RederivationOutcome.PeriodChanged, reasonCode: "periodChanged", newTasks: bulletin.Tasks.Count,
                message: $"Parser {ParserVersion} reads {pointer.SourceBlob} as {bulletin.Period.Key}, not {pointer.PeriodKey}; {keeps}. Upload it again to store it under {bulletin.Period.Key}."), null);
        }

        var stored = await ReadVersionAsync(pointer, cancellationToken);
        if (stored is null)
        {
            // Deleted under us: a newer version replaced it.
            return (null, await PeriodPointer.GetAsync(storage.Periods, pointer.PeriodKey, cancellationToken));
        }

        var (sameMeta, changedTasks) = Compare(stored, bulletin);
        if (sameMeta && changedTasks == 0)
        {
            var unchanged = Result(pointer, RederivationOutcome.Unchanged, newTasks: bulletin.Tasks.Count, changed: 0,
                message: $"Parser {ParserVersion} reads {pointer.SourceBlob} exactly as {was} did; version {pointer.VersionId} stays{(dryRun ? "" : " and is marked as derived by " + ParserVersion)}.");
            if (dryRun)
            {
                return (unchanged, null);
            }

            var confirmed = await publisher.ConfirmDerivationAsync(pointer, ParserVersion, cancellationToken);
            return confirmed.Switched ? (unchanged, null) : (null, confirmed.Current);
        }

        var summary = $"{bulletin.Tasks.Count} tasks ({pointer.TaskCount} before), {changedTasks} changed{(sameMeta ? "" : ", bulletin details changed")}";
        if (dryRun)
        {
            return (Result(pointer, RederivationOutcome.Rederived, newTasks: bulletin.Tasks.Count, changed: changedTasks,
                message: $"Would re-derive {pointer.PeriodKey} from {pointer.SourceBlob} with parser {ParserVersion} (was {was}): {summary}."), null);
        }

        var stopwatch = Stopwatch.StartNew();
        var replaced = await publisher.ReplaceDerivationAsync(bulletin, pointer, ParserVersion, cancellationToken);
        if (!replaced.Switched)
        {
            return (null, replaced.Current);
        }

        var newVersion = replaced.Current!.VersionId;
        var message = $"Re-derived {pointer.PeriodKey} from {pointer.SourceBlob} with parser {ParserVersion} (was {was}): {summary}; version {pointer.VersionId} → {newVersion}.";
        await records.SaveAsync(new IngestionRecord
        {
            BlobName = pointer.SourceBlob,
            Size = bytes.Length,
            Sha256 = sha256,
            Format = bulletin.Format.ToString().ToLowerInvariant(),
            PeriodKey = pointer.PeriodKey,
            Title = bulletin.Title,
            TaskCount = bulletin.Tasks.Count,
            WarningCount = bulletin.Warnings.Count,
            Outcome = IngestionOutcome.Rederived,
            ReasonCode = "rederived",
            Message = message,
            ParserVersion = ParserVersion,
            IngestedAt = clock.GetUtcNow(),
            VersionId = newVersion,
            Transactions = replaced.Transactions,
            DurationMs = stopwatch.Elapsed.TotalMilliseconds,
        }, cancellationToken);
        return (Result(pointer, RederivationOutcome.Rederived, newVersion: newVersion, newTasks: bulletin.Tasks.Count, changed: changedTasks, message: message), null);
    }

    /// <summary>The stored bulletin of <paramref name="pointer"/>'s version; null when that version is (being) deleted.</summary>
    private async Task<Bulletin?> ReadVersionAsync(PeriodPointer pointer, CancellationToken cancellationToken)
    {
        var partition = VersionRows.PartitionKey(pointer.PeriodKey, pointer.VersionId);
        var rows = new List<TableEntity>();
        await foreach (var row in storage.Tasks.QueryAsync<TableEntity>($"PartitionKey eq '{partition.Replace("'", "''")}'", cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return VersionRows.TryAssemble(rows);
    }

    /// <summary>
    /// Compares by the stored JSON shape (records holding lists do not compare by value): whether the bulletin
    /// without its tasks is the same, and how many task positions differ, counting added and removed tasks.
    /// </summary>
    private static (bool SameMeta, int ChangedTasks) Compare(Bulletin stored, Bulletin derived)
    {
        var sameMeta = Json(stored with { Tasks = [] }) == Json(derived with { Tasks = [] });
        var changed = 0;
        for (var i = 0; i < Math.Max(stored.Tasks.Count, derived.Tasks.Count); i++)
        {
            if (i >= stored.Tasks.Count || i >= derived.Tasks.Count || Json(stored.Tasks[i]) != Json(derived.Tasks[i]))
            {
                changed++;
            }
        }

        return (sameMeta, changed);

        static string Json<T>(T value) => JsonSerializer.Serialize(value, BulletinJson.Options);
    }

    private PeriodRederivation Result(PeriodPointer pointer, RederivationOutcome outcome, string message,
        string? reasonCode = null, string? newVersion = null, int? newTasks = null, int? changed = null) =>
        new(pointer.PeriodKey, outcome, pointer.SourceBlob, pointer.VersionId, pointer.ParserVersion, newVersion, ParserVersion,
            pointer.TaskCount, newTasks, changed, reasonCode, message);
}
