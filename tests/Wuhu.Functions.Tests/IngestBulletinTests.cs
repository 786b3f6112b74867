using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Wuhu.Bulletins.Model;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Functions.Tests;

/// <summary>The blob-triggered function called directly, as the host would, against Azurite.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class IngestBulletinTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Uploaded_bulletin_is_published_and_a_redelivery_changes_nothing()
    {
        var storage = await azurite.CreateStorageAsync();
        var function = new IngestBulletin(new BulletinIngestionService(storage, (_, name) => TestBulletins.Create(tasks: 4, source: name)), NullLogger<IngestBulletin>.Instance);
        await storage.Bulletins.UploadBlobAsync("2023/q4.txt", BinaryData.FromString("content"));
        var blob = storage.Bulletins.GetBlobClient("2023/q4.txt");

        var first = await function.RunAsync(blob, "2023/q4.txt", default);
        var again = await function.RunAsync(blob, "2023/q4.txt", default);

        Assert.Equal(IngestionOutcome.Accepted, first.Outcome);
        Assert.Equal(first.IngestedAt, again.IngestedAt);
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.Equal((4, "2023/q4.txt"), (period!.Bulletin.Tasks.Count, period.SourceBlob));
    }

    [Fact]
    public async Task Unparseable_upload_is_recorded_as_rejected_without_throwing()
    {
        var storage = await azurite.CreateStorageAsync();
        // The real parser: a binary file is rejected by it.
        var function = new IngestBulletin(new BulletinIngestionService(storage), NullLogger<IngestBulletin>.Instance);
        await storage.Bulletins.UploadBlobAsync("scan.bin", BinaryData.FromBytes(Enumerable.Range(0, 2048).Select(i => (byte)(i % 256)).ToArray()));

        var record = await function.RunAsync(storage.Bulletins.GetBlobClient("scan.bin"), "scan.bin", default);

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.NotNull(record.ReasonCode);
        var metadata = (await storage.Bulletins.GetBlobClient("scan.bin").GetPropertiesAsync()).Value.Metadata;
        Assert.Equal("rejected", metadata[BulletinIngestionService.StatusMetadataKey]);
        Assert.Empty(await new PublishedPeriodReader(storage).ListPeriodsAsync(null));
    }

    [Fact]
    public async Task Storage_errors_are_thrown_so_the_host_retries()
    {
        var storage = await azurite.CreateStorageAsync();
        var function = new IngestBulletin(new BulletinIngestionService(storage, (_, name) => TestBulletins.Create(source: name)), NullLogger<IngestBulletin>.Instance);

        // The blob is gone (or storage unreachable): nothing to record, the host must see the failure.
        await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() =>
            function.RunAsync(storage.Bulletins.GetBlobClient("missing.txt"), "missing.txt", default));
        Assert.Empty(await new IngestionRecordStore(storage).ListAsync());
    }
}
