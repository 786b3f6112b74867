using Azure.Data.Tables;

namespace Wuhu.Storage.Publishing;

/// <summary>A version partition no period pointer names: a publish in flight, or one that died before its pointer switch.</summary>
/// <param name="WrittenAt">When its rows were written (from the version id); null when the id carries no time.</param>
/// <param name="Abandoned">Older than <see cref="BulletinPublisher.AbandonedVersionAge"/>: no publish is still working on it.</param>
public sealed record UnswitchedVersion(string PeriodKey, string VersionId, int Rows, DateTimeOffset? WrittenAt, bool Abandoned);

public sealed partial class BulletinPublisher
{
    /// <summary>
    /// Every version partition that no period pointer names, oldest first; read-only (for `wuhu status` and the sweep).
    /// Readers never see these: they follow the pointer.
    /// </summary>
    public async Task<IReadOnlyList<UnswitchedVersion>> FindUnswitchedVersionsAsync(CancellationToken cancellationToken = default)
    {
        var keys = await ListKeysAsync(null, cancellationToken);
        var cutoff = clock.GetUtcNow() - AbandonedVersionAge;
        var named = new Dictionary<string, string?>(StringComparer.Ordinal);
        var found = new List<UnswitchedVersion>();
        foreach (var partition in keys.GroupBy(k => k.PartitionKey))
        {
            var at = partition.Key.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0) continue;
            var (periodKey, versionId) = (partition.Key[..at], partition.Key[(at + 1)..]);
            if (!named.TryGetValue(periodKey, out var current))
            {
                current = named[periodKey] = (await PeriodPointer.GetAsync(storage.Periods, periodKey, cancellationToken))?.VersionId;
            }

            if (versionId != current)
            {
                var written = VersionTime(versionId);
                found.Add(new UnswitchedVersion(periodKey, versionId, partition.Count(), written, written is { } w && w < cutoff));
            }
        }

        return [.. found.OrderBy(v => v.WrittenAt ?? DateTimeOffset.MinValue)];
    }

    /// <summary>
    /// Deletes every version partition that no period pointer names and that is older than
    /// <see cref="AbandonedVersionAge"/>: what an ingest killed between writing rows and switching the pointer left
    /// behind (readers never saw it). Younger ones may belong to a publish still in flight and are kept. Run nightly by
    /// the storage maintenance (RederivePeriods timer) and by `wuhu sweep`.
    /// </summary>
    /// <returns>How many abandoned versions were deleted.</returns>
    public async Task<int> SweepAbandonedVersionsAsync(CancellationToken cancellationToken = default)
    {
        var swept = 0;
        foreach (var version in await FindUnswitchedVersionsAsync(cancellationToken))
        {
            if (!version.Abandoned)
            {
                continue;
            }

            // Looked up again just before deleting: a pointer that switched to it meanwhile keeps it.
            var pointer = await PeriodPointer.GetAsync(storage.Periods, version.PeriodKey, cancellationToken);
            if (pointer?.VersionId == version.VersionId)
            {
                continue;
            }

            await DeletePartitionAsync(VersionRows.PartitionKey(version.PeriodKey, version.VersionId), cancellationToken);
            swept++;
        }

        return swept;
    }
}
