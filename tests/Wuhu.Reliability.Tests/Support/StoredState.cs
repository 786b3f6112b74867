using System.Security.Cryptography;
using Azure.Data.Tables;
using Wuhu.Storage;
using Wuhu.Storage.Publishing;

namespace Wuhu.Reliability.Tests.Support;

/// <summary>What storage holds for the period tables: pointers and version partitions, read directly.</summary>
internal static class StoredState
{
    /// <summary>Distinct partitions in the tasks table (one per stored version).</summary>
    public static async Task<List<string>> VersionPartitionsAsync(StorageContext storage)
    {
        var partitions = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var row in storage.Tasks.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            partitions.Add(row.PartitionKey);
        }

        return [.. partitions];
    }

    public static async Task<List<PeriodPointer>> PointersAsync(StorageContext storage)
    {
        var pointers = new List<PeriodPointer>();
        await foreach (var row in storage.Periods.QueryAsync<TableEntity>($"PartitionKey eq '{PeriodPointer.Partition}'"))
        {
            pointers.Add(PeriodPointer.FromEntity(row));
        }

        return pointers;
    }

    public static string PartitionOf(PeriodPointer pointer) => VersionRows.PartitionKey(pointer.PeriodKey, pointer.VersionId);

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
