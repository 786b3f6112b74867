using Azure.Data.Tables;

namespace Wuhu.Storage.Tests;

internal static class StorageAssertions
{
    /// <summary>Distinct partitions in the tasks table (one per stored version).</summary>
    public static async Task<List<string>> VersionPartitionsAsync(StorageContext storage)
    {
        var partitions = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var row in storage.Tasks.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            partitions.Add(row.PartitionKey);
        }

        return partitions.ToList();
    }
}
