using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Wuhu.Reports.Rendering;
using Wuhu.Storage;
using Wuhu.Storage.Publishing;
using Wuhu.Storage.Reports;
using Wuhu.Testing;

namespace Wuhu.Functions.Tests;

internal static class ReportsFunctionTestData
{
    /// <summary>Storage with 2023 Q1, Q2 and full-year bulletins published.</summary>
    public static async Task<StorageContext> SeedAsync(AzuriteFixture azurite)
    {
        var storage = await azurite.CreateStorageAsync();
        var publisher = new BulletinPublisher(storage);
        foreach (var (quarter, fullYear, tasks) in new[] { (1, false, 3), (2, false, 4), (4, true, 5) })
        {
            var bulletin = TestBulletins.Create(2023, quarter, fullYear, tasks, source: $"wuhu-2023-q{quarter}.txt");
            await publisher.PublishAsync(bulletin, new PublishSource(bulletin.Source, $"sha{quarter}", DateTimeOffset.UtcNow));
        }

        return storage;
    }

    public static ReportPublisher Publisher(StorageContext storage) => new(storage, new SkiaPdfReportRenderer());

    /// <summary>A second context on the same containers and tables that counts every request that changes storage.</summary>
    public static StorageContext Counted(AzuriteFixture azurite, StorageContext storage, WriteCount count)
    {
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(count, HttpPipelinePosition.PerCall);
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(count, HttpPipelinePosition.PerCall);
        return new StorageContext(new BlobServiceClient(azurite.ConnectionString, blobOptions), new TableServiceClient(azurite.ConnectionString, tableOptions), storage.Options);
    }

    internal sealed class WriteCount : HttpPipelineSynchronousPolicy
    {
        private int writes;

        public int Writes => writes;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head)
            {
                Interlocked.Increment(ref writes);
            }
        }
    }
}
