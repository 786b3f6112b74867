using Azure;
using Azure.Data.Tables;
using Wuhu.Bulletins.Model;

namespace Wuhu.Storage.Publishing;

/// <summary>
/// Re-derivation: the same upload parsed again by a newer parser replaces the period's current version. The
/// upload ordering rule does not apply (it is the same upload); instead the pointer switch is guarded by the
/// ETag of the pointer the re-derivation started from, so any upload published meanwhile always wins.
/// </summary>
public sealed partial class BulletinPublisher
{
    /// <summary>
    /// Writes <paramref name="bulletin"/> (re-parsed from <paramref name="derivedFrom"/>'s source blob) as a new
    /// version and switches the pointer to it only if the pointer is still exactly <paramref name="derivedFrom"/>;
    /// then deletes the version it replaced. On a lost race nothing of the new version stays and the result
    /// carries the pointer that won.
    /// </summary>
    public async Task<ReplaceResult> ReplaceDerivationAsync(
        Bulletin bulletin, PeriodPointer derivedFrom, string parserVersion, CancellationToken cancellationToken = default)
    {
        if (bulletin.Period.Key != derivedFrom.PeriodKey)
        {
            throw new ArgumentException(
                $"The re-derived bulletin is for {bulletin.Period.Key}, not {derivedFrom.PeriodKey}: it cannot replace that period's version.", nameof(bulletin));
        }

        var now = clock.GetUtcNow();
        var versionId = NewVersionId(now);
        var partition = VersionRows.PartitionKey(derivedFrom.PeriodKey, versionId);
        var pointer = derivedFrom with
        {
            Year = bulletin.Year,
            Quarter = bulletin.Quarter,
            FullYear = bulletin.FullYear,
            VersionId = versionId,
            // The parser may now read the date differently; ordering against later uploads uses the new reading.
            PublishedOn = bulletin.PublishedOn,
            IngestedAt = now,
            TaskCount = bulletin.Tasks.Count,
            PreviousVersionId = derivedFrom.VersionId,
            ParserVersion = parserVersion,
        };

        int writes;
        try
        {
            writes = await WriteBatchesAsync(VersionRows.Build(bulletin, partition), TableTransactionActionType.UpsertReplace, cancellationToken);
            if (BeforePointerSwitch is { } hook)
            {
                await hook(partition, cancellationToken);
            }

            writes++;
            Interlocked.Increment(ref transactionCount);
            var response = await storage.Periods.UpdateEntityAsync(pointer.ToEntity(), derivedFrom.ETag, TableUpdateMode.Replace, cancellationToken);
            pointer = pointer with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException moved) when (moved.Status is 404 or 409 or 412)
        {
            // The pointer changed since it was read (an upload or another re-derivation switched it): give way.
            var cleanup = await DeletePartitionAsync(partition, cancellationToken);
            var winner = await PeriodPointer.GetAsync(storage.Periods, derivedFrom.PeriodKey, cancellationToken);
            return new ReplaceResult(false, winner, cleanup);
        }
        catch
        {
            await TryDeletePartitionAsync(partition);
            throw;
        }

        var cleaned = await DeleteOldVersionsAsync(derivedFrom.PeriodKey, versionId, derivedFrom.VersionId, cancellationToken);
        return new ReplaceResult(true, pointer, writes + cleaned);
    }

    /// <summary>
    /// Records on the pointer that <paramref name="parserVersion"/> derives exactly the stored version (nothing
    /// else changes, so readers and the report manifest see the same version). ETag-guarded like a switch.
    /// </summary>
    public async Task<ReplaceResult> ConfirmDerivationAsync(PeriodPointer derivedFrom, string parserVersion, CancellationToken cancellationToken = default)
    {
        var pointer = derivedFrom with { ParserVersion = parserVersion };
        try
        {
            Interlocked.Increment(ref transactionCount);
            var response = await storage.Periods.UpdateEntityAsync(pointer.ToEntity(), derivedFrom.ETag, TableUpdateMode.Replace, cancellationToken);
            return new ReplaceResult(true, pointer with { ETag = response.Headers.ETag ?? default }, 1);
        }
        catch (RequestFailedException moved) when (moved.Status is 404 or 409 or 412)
        {
            return new ReplaceResult(false, await PeriodPointer.GetAsync(storage.Periods, derivedFrom.PeriodKey, cancellationToken), 1);
        }
    }
}

/// <param name="Switched">True when the pointer now shows the re-derivation; false when the pointer had moved on.</param>
/// <param name="Current">The pointer after the attempt: the new one, or the one that won (null if the period vanished).</param>
/// <param name="Transactions">Table write requests made (rows, pointer, deletions).</param>
public sealed record ReplaceResult(bool Switched, PeriodPointer? Current, int Transactions);
