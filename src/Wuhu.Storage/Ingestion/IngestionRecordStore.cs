using Azure.Data.Tables;

namespace Wuhu.Storage.Ingestion;

/// <summary>Reads and writes <see cref="IngestionRecord"/> rows.</summary>
public sealed class IngestionRecordStore(StorageContext storage)
{
    public const int DefaultTop = 100;

    public async Task SaveAsync(IngestionRecord record, CancellationToken cancellationToken = default) =>
        await storage.Ingestions.UpsertEntityAsync(record.ToEntity(), TableUpdateMode.Replace, cancellationToken);

    public async Task<IngestionRecord?> FindAsync(string blobName, string contentId, CancellationToken cancellationToken = default)
    {
        var response = await storage.Ingestions.GetEntityIfExistsAsync<TableEntity>(
            IngestionRecord.Partition, IngestionRecord.KeyFor(blobName, contentId), cancellationToken: cancellationToken);
        return response.HasValue ? IngestionRecord.FromEntity(response.Value!) : null;
    }

    /// <summary>The most recent records, newest first.</summary>
    public async Task<IReadOnlyList<IngestionRecord>> ListAsync(int top = DefaultTop, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        // Row keys are content hashes, not times: the (small) table is read whole and sorted here.
        var records = new List<IngestionRecord>();
        await foreach (var entity in storage.Ingestions.QueryAsync<TableEntity>(
                           $"PartitionKey eq '{IngestionRecord.Partition}'", cancellationToken: cancellationToken))
        {
            records.Add(IngestionRecord.FromEntity(entity));
        }

        return records.OrderByDescending(r => r.IngestedAt).ThenBy(r => r.BlobName, StringComparer.Ordinal).Take(top).ToList();
    }
}
