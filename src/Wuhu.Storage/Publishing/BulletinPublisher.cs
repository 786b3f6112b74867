using System.Diagnostics;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Wuhu.Bulletins.Model;

namespace Wuhu.Storage.Publishing;

/// <summary>
/// Publishes a bulletin as a new version of its period: writes the version's rows in its own partition, then
/// switches the period pointer (one ETag-guarded write), then deletes the version it replaced. Readers follow
/// the pointer, so they see the old version or the new one, never a mix or a half-written one.
/// </summary>
public sealed partial class BulletinPublisher(StorageContext storage, TimeProvider? clock = null)
{
    /// <summary>Max entities per table transaction (service limit).</summary>
    public const int MaxBatchEntities = 100;
    /// <summary>A transaction's payload must stay under 4 MiB; kept well below with a pessimistic estimate.</summary>
    public const long MaxBatchPayloadBytes = 3 * 1024 * 1024;
    /// <summary>Unswitched versions older than this are abandoned writes (a crash between rows and pointer).</summary>
    public static readonly TimeSpan AbandonedVersionAge = TimeSpan.FromMinutes(15);

    private const string VersionTimeFormat = "yyyyMMdd'T'HHmmssfff'Z'";
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private long transactionCount;

    /// <summary>Table write requests (batches and single-entity writes) made by this publisher since it was created.</summary>
    public long TransactionCount => Interlocked.Read(ref transactionCount);

    /// <summary>
    /// Test seam: runs after the version's rows are written and before the pointer switch. Throwing here
    /// simulates a crash at the worst moment.
    /// </summary>
    public Func<string, CancellationToken, Task>? BeforePointerSwitch { get; init; }

    public async Task<PublishResult> PublishAsync(Bulletin bulletin, PublishSource source, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var periodKey = bulletin.Period.Key;
        var current = await PeriodPointer.GetAsync(storage.Periods, periodKey, cancellationToken);
        if (Unchanged(bulletin, source, current) is { } unchanged)
        {
            return Result(unchanged, current!, current!.VersionId, null, 0, 0);
        }

        var now = clock.GetUtcNow();
        var versionId = NewVersionId(now);
        var partition = VersionRows.PartitionKey(periodKey, versionId);
        var rows = VersionRows.Build(bulletin, partition);
        int writes;
        PeriodPointer? replaced;
        PeriodPointer winner;
        try
        {
            writes = await WriteBatchesAsync(rows, TableTransactionActionType.UpsertReplace, cancellationToken);
            if (BeforePointerSwitch is { } hook)
            {
                await hook(partition, cancellationToken);
            }

            (winner, replaced, var switchWrites) = await SwitchPointerAsync(bulletin, source, versionId, now, current, cancellationToken);
            writes += switchWrites;
        }
        catch
        {
            // Best effort: the pointer never named this version, so no reader can be looking at it.
            await TryDeletePartitionAsync(partition);
            throw;
        }

        if (winner.VersionId != versionId)
        {
            var cleanup = await DeletePartitionAsync(partition, cancellationToken);
            var lost = Unchanged(bulletin, source, winner) ?? PublishOutcome.Superseded;
            return Result(lost, winner, winner.VersionId, null, writes, cleanup);
        }

        var cleaned = await DeleteOldVersionsAsync(periodKey, versionId, replaced?.VersionId, cancellationToken);
        return Result(PublishOutcome.Published, winner, versionId, replaced?.VersionId, writes, cleaned);

        PublishResult Result(PublishOutcome outcome, PeriodPointer pointer, string version, string? replacedVersion, int transactions, int cleanupTransactions) =>
            new(outcome, periodKey, version, replacedVersion, pointer, transactions, cleanupTransactions, stopwatch.Elapsed);
    }

    /// <summary>"20240115T090000123Z-1a2b3c4d": sorts by write time (abandoned versions are found by it), unique by the GUID part.</summary>
    private static string NewVersionId(DateTimeOffset now) =>
        $"{now.UtcDateTime.ToString(VersionTimeFormat, CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..28];

    /// <summary>Duplicate or Superseded when <paramref name="current"/> should stay; null when the candidate should win.</summary>
    private static PublishOutcome? Unchanged(Bulletin bulletin, PublishSource source, PeriodPointer? current) =>
        current is null ? null
        : string.Equals(current.Sha256, source.Sha256, StringComparison.OrdinalIgnoreCase) ? PublishOutcome.Duplicate
        : UploadOrder.IsNewer(bulletin, source, current) ? null
        : PublishOutcome.Superseded;

    /// <summary>Switches the pointer to the new version unless a newer one got there first; retries on ETag conflicts.</summary>
    private async Task<(PeriodPointer Winner, PeriodPointer? Replaced, int Writes)> SwitchPointerAsync(
        Bulletin bulletin, PublishSource source, string versionId, DateTimeOffset now, PeriodPointer? current, CancellationToken cancellationToken)
    {
        var writes = 0;
        while (true)
        {
            if (Unchanged(bulletin, source, current) is not null)
            {
                return (current!, null, writes);
            }

            var pointer = new PeriodPointer
            {
                PeriodKey = bulletin.Period.Key,
                Year = bulletin.Year,
                Quarter = bulletin.Quarter,
                FullYear = bulletin.FullYear,
                VersionId = versionId,
                SourceBlob = source.BlobName,
                Sha256 = source.Sha256,
                PublishedOn = bulletin.PublishedOn,
                UploadedAt = source.UploadedAt,
                IngestedAt = now,
                TaskCount = bulletin.Tasks.Count,
                PreviousVersionId = current?.VersionId,
                ParserVersion = source.ParserVersion,
            };
            try
            {
                writes++;
                Interlocked.Increment(ref transactionCount);
                Response response = current is null
                    ? await storage.Periods.AddEntityAsync(pointer.ToEntity(), cancellationToken)
                    : await storage.Periods.UpdateEntityAsync(pointer.ToEntity(), current.ETag, TableUpdateMode.Replace, cancellationToken);
                return (pointer with { ETag = response.Headers.ETag ?? default }, current, writes);
            }
            catch (RequestFailedException conflict) when (conflict.Status is 409 or 412)
            {
                // Another upload for this period switched first: decide again against what it wrote.
                current = await PeriodPointer.GetAsync(storage.Periods, bulletin.Period.Key, cancellationToken);
            }
        }
    }

    private async Task<int> DeleteOldVersionsAsync(string periodKey, string currentVersionId, string? replacedVersionId, CancellationToken cancellationToken)
    {
        var (low, high) = VersionRows.PeriodRange(periodKey);
        var keys = await ListKeysAsync($"PartitionKey ge '{Escape(low)}' and PartitionKey lt '{Escape(high)}'", cancellationToken);
        var cutoff = clock.GetUtcNow() - AbandonedVersionAge;
        var deletions = 0;
        foreach (var partition in keys.GroupBy(k => k.PartitionKey))
        {
            var versionId = partition.Key[(periodKey.Length + 1)..];
            var replaced = versionId == replacedVersionId;
            // Other unswitched versions may belong to a publish still in flight; only old ones are abandoned.
            var abandoned = versionId != currentVersionId && VersionTime(versionId) is { } written && written < cutoff;
            if (replaced || abandoned)
            {
                deletions += await WriteBatchesAsync(partition.ToList(), TableTransactionActionType.Delete, cancellationToken);
            }
        }

        return deletions;
    }

    private async Task<int> DeletePartitionAsync(string partition, CancellationToken cancellationToken)
    {
        var keys = await ListKeysAsync($"PartitionKey eq '{Escape(partition)}'", cancellationToken);
        return await WriteBatchesAsync(keys, TableTransactionActionType.Delete, cancellationToken);
    }

    private async Task TryDeletePartitionAsync(string partition)
    {
        try
        {
            await DeletePartitionAsync(partition, CancellationToken.None);
        }
        catch (RequestFailedException)
        {
            // Left for DeleteOldVersionsAsync of a later publish (it is older than AbandonedVersionAge by then).
        }
    }

    private async Task<List<TableEntity>> ListKeysAsync(string? filter, CancellationToken cancellationToken)
    {
        var keys = new List<TableEntity>();
        await foreach (var entity in storage.Tasks.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(entity);
        }

        return keys;
    }

    /// <summary>Submits rows of one partition in transactions of ≤100 entities and ≤3 MiB (estimated); returns how many.</summary>
    private async Task<int> WriteBatchesAsync(IReadOnlyList<TableEntity> rows, TableTransactionActionType action, CancellationToken cancellationToken)
    {
        var transactions = 0;
        var batch = new List<TableTransactionAction>();
        long batchBytes = 0;
        foreach (var row in rows)
        {
            var bytes = EstimatePayloadBytes(row);
            if (batch.Count == MaxBatchEntities || (batch.Count > 0 && batchBytes + bytes > MaxBatchPayloadBytes))
            {
                await SubmitAsync(batch);
                batch = [];
                batchBytes = 0;
            }

            batch.Add(new TableTransactionAction(action, row, action == TableTransactionActionType.Delete ? ETag.All : default));
            batchBytes += bytes;
        }

        if (batch.Count > 0)
        {
            await SubmitAsync(batch);
        }

        return transactions;

        async Task SubmitAsync(List<TableTransactionAction> actions)
        {
            transactions++;
            Interlocked.Increment(ref transactionCount);
            try
            {
                await storage.Tasks.SubmitTransactionAsync(actions, cancellationToken);
            }
            catch (RequestFailedException gone) when (gone.Status == 404 && action == TableTransactionActionType.Delete)
            {
                // Another publisher of this period deleted some of these rows first (both sweep old versions):
                // delete one by one, where a row already gone counts as deleted.
                foreach (var row in actions.Select(a => a.Entity))
                {
                    transactions++;
                    Interlocked.Increment(ref transactionCount);
                    await storage.Tasks.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                }
            }
        }
    }

    /// <summary>Pessimistic: the SDK's JSON may escape each non-ASCII char as \uXXXX (6 bytes).</summary>
    private static long EstimatePayloadBytes(TableEntity row) =>
        1024 + row.Sum(p => p.Key.Length + (p.Value is string s ? s.Length * 6L : 64));

    internal static DateTimeOffset? VersionTime(string versionId) =>
        versionId.Length >= 19 && DateTime.TryParseExact(versionId[..19], VersionTimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? new DateTimeOffset(time, TimeSpan.Zero)
            : null;

    private static string Escape(string value) => value.Replace("'", "''");
}
