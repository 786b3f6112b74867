using Azure.Data.Tables;
using Wuhu.Storage.Publishing;

namespace Wuhu.Storage;

/// <summary>
/// Reads the current version of periods: pointer first, then that version's partition. If the version is
/// replaced and deleted while being read, the rows come back incomplete and the read starts over from the
/// pointer, so a caller never gets a partial or mixed bulletin.
/// </summary>
public sealed class PublishedPeriodReader(StorageContext storage)
{
    private const int MaxAttempts = 5;

    /// <summary>Current version of every period (of one year when given), ordered by period key.</summary>
    public async Task<IReadOnlyList<PublishedPeriod>> ListPeriodsAsync(int? year, CancellationToken cancellationToken = default)
    {
        var filter = $"PartitionKey eq '{PeriodPointer.Partition}'";
        if (year is { } y)
        {
            // Period keys start with the year ("2023-Q4"), so one year is a row-key range.
            filter += $" and RowKey ge '{y}-' and RowKey lt '{y}.'";
        }

        var periods = new List<PublishedPeriod>();
        await foreach (var entity in storage.Periods.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (await ReadAsync(PeriodPointer.FromEntity(entity), cancellationToken) is { } period)
            {
                periods.Add(period);
            }
        }

        return periods.OrderBy(p => p.PeriodKey, StringComparer.Ordinal).ToList();
    }

    /// <summary>The current version of one period ("2023-Q4"), or null when nothing was published for it.</summary>
    public async Task<PublishedPeriod?> GetPeriodAsync(string periodKey, CancellationToken cancellationToken = default)
    {
        var pointer = await PeriodPointer.GetAsync(storage.Periods, periodKey, cancellationToken);
        return pointer is null ? null : await ReadAsync(pointer, cancellationToken);
    }

    private async Task<PublishedPeriod?> ReadAsync(PeriodPointer pointer, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var partition = VersionRows.PartitionKey(pointer.PeriodKey, pointer.VersionId);
            var rows = new List<TableEntity>();
            await foreach (var row in storage.Tasks.QueryAsync<TableEntity>($"PartitionKey eq '{partition.Replace("'", "''")}'", cancellationToken: cancellationToken))
            {
                rows.Add(row);
            }

            if (VersionRows.TryAssemble(rows) is { } bulletin)
            {
                return new PublishedPeriod(pointer.PeriodKey, pointer.Year, pointer.Quarter, pointer.FullYear,
                    pointer.VersionId, pointer.SourceBlob, pointer.Sha256, pointer.IngestedAt, bulletin)
                {
                    ParserVersion = pointer.ParserVersion,
                };
            }

            // Replaced while we read it: follow the pointer again.
            var next = await PeriodPointer.GetAsync(storage.Periods, pointer.PeriodKey, cancellationToken);
            if (next is null)
            {
                return null;
            }

            pointer = next;
        }

        throw new InvalidOperationException(
            $"Period {pointer.PeriodKey}: version {pointer.VersionId} stayed incomplete over {MaxAttempts} reads; its rows in the tasks table are damaged.");
    }
}
