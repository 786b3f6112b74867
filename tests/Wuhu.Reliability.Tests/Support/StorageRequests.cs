using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Wuhu.Storage;

namespace Wuhu.Reliability.Tests.Support;

/// <summary>Storage contexts whose every request passes a policy of the test, and predicates naming requests.</summary>
internal static class StorageRequests
{
    /// <summary>A context on the same account and names as <paramref name="options"/>, with <paramref name="policy"/> in its pipelines.</summary>
    public static StorageContext With(string connectionString, WuhuOptions options, HttpPipelinePolicy policy)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        foreach (var retry in new[] { blobOptions.Retry, tableOptions.Retry })
        {
            // An outage must surface within the test's time, not after the SDK's default back-off.
            retry.Mode = RetryMode.Fixed;
            retry.MaxRetries = 2;
            retry.Delay = TimeSpan.FromMilliseconds(20);
            retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        }

        blobOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        tableOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        return new StorageContext(new BlobServiceClient(connectionString, blobOptions), new TableServiceClient(connectionString, tableOptions), options);
    }

    private static bool IsWrite(HttpMessage m) => m.Request.Method != RequestMethod.Get && m.Request.Method != RequestMethod.Head;

    /// <summary>A table batch (entity group transaction): the version rows of a publish.</summary>
    public static bool IsTableBatch(HttpMessage m) => IsWrite(m) && m.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal);

    /// <summary>A write to one table (insert, update, upsert of a single entity).</summary>
    public static Func<HttpMessage, bool> WriteTo(TableClient table) =>
        m => IsWrite(m) && (m.Request.Uri.Path.EndsWith($"/{table.Name}", StringComparison.Ordinal) || m.Request.Uri.Path.Contains($"/{table.Name}(", StringComparison.Ordinal));

    /// <summary>A blob write with the given comp= (block, blocklist) under <paramref name="container"/>.</summary>
    public static Func<HttpMessage, bool> BlobWrite(string container, string comp) =>
        m => IsWrite(m) && m.Request.Uri.Path.Contains($"/{container}/", StringComparison.Ordinal)
            && System.Web.HttpUtility.ParseQueryString(m.Request.Uri.Query)["comp"] == comp;

    /// <summary>A query of one version partition of the tasks table.</summary>
    public static Func<HttpMessage, bool> ReadOfVersion(string versionId) =>
        m => m.Request.Method == RequestMethod.Get && Uri.UnescapeDataString(m.Request.Uri.Query).Contains(versionId, StringComparison.Ordinal);
}

/// <summary>Runs an action (stop Azurite, wait for a signal…) before the first request that matches, then sends it on.</summary>
internal sealed class BeforeRequest(Func<HttpMessage, bool> matches, Func<Task> action) : HttpPipelinePolicy
{
    private int fired;

    public bool Fired => Volatile.Read(ref fired) == 1;

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (matches(message) && Interlocked.Exchange(ref fired, 1) == 0)
        {
            await action();
        }

        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The product code is asynchronous throughout.");
}

/// <summary>A clock ahead of the real one (a later delivery, past the abandoned-version age).</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
