using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Wuhu.Reports;
using Wuhu.Reports.Model;
using Wuhu.Storage.Publishing;
using Wuhu.Testing;

namespace Wuhu.Storage.Tests;

/// <summary>
/// Renderer standing in at the IReportRenderer seam for publishing tests: the bytes are the document as JSON, so a
/// test can read back what was built from which data. (PDF output is tested with the real renderer elsewhere.)
/// </summary>
internal sealed class JsonReportRenderer : IReportRenderer
{
    private int calls;

    public int Calls => calls;

    public byte[] Render(ReportDocument report)
    {
        Interlocked.Increment(ref calls);
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(report));
    }

    public static JsonElement Read(byte[] content) => JsonDocument.Parse(content).RootElement;
}

/// <summary>Counts requests that change storage (anything but GET/HEAD), to prove a run wrote nothing.</summary>
internal sealed class WriteCounter : HttpPipelinePolicy
{
    private int writes;

    public int Writes => writes;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Count(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head)
        {
            Interlocked.Increment(ref writes);
        }
    }

    /// <summary>A second context on the same containers and tables whose every write is counted.</summary>
    public static StorageContext Wrap(string connectionString, StorageContext storage, WriteCounter counter)
    {
        var blobOptions = new BlobClientOptions();
        blobOptions.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var tableOptions = new TableClientOptions();
        tableOptions.AddPolicy(counter, HttpPipelinePosition.PerCall);
        return new StorageContext(new BlobServiceClient(connectionString, blobOptions), new TableServiceClient(connectionString, tableOptions), storage.Options);
    }
}

internal static class ReportTestData
{
    public static async Task<PublishResult> PublishAsync(StorageContext storage, int year, int quarter, bool fullYear, int tasks, string sha)
    {
        var bulletin = TestBulletins.Create(year, quarter, fullYear, tasks, source: $"wuhu-{year}-q{quarter}.txt");
        return await new BulletinPublisher(storage).PublishAsync(bulletin, new PublishSource(bulletin.Source, sha, DateTimeOffset.UtcNow));
    }
}
