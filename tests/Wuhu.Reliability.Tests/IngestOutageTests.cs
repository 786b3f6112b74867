using Azure.Core;
using Wuhu.Bulletins;
using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Publishing;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>
/// Azurite is stopped for real at each step of an ingest that replaces a period's version, then started again
/// and the blob re-delivered (as the Functions host retries). Right after the outage the period is exactly the
/// old version or exactly the new one; after the re-delivery it is exactly the new one, with no stray version.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class IngestOutageTests(RestartableAzurite azurite)
{
    public enum FaultPoint { BeforePendingRecord, BeforeRows, BetweenRowsAndPointer, AfterPointerBeforeRecord }

    // The corrected bulletin is published later, so it is the newer one whatever the upload times.
    private static readonly byte[] OldContent = BulletinBytes.Text(tasks: 3, seed: 1, publishedDay: 10);
    private static readonly byte[] NewContent = BulletinBytes.Text(tasks: 5, seed: 2, publishedDay: 20);

    [Theory]
    [InlineData(FaultPoint.BeforePendingRecord)]
    [InlineData(FaultPoint.BeforeRows)]
    [InlineData(FaultPoint.BetweenRowsAndPointer)]
    [InlineData(FaultPoint.AfterPointerBeforeRecord)]
    public async Task Outage_during_ingest_leaves_old_or_new_and_redelivery_publishes_new(FaultPoint point)
    {
        var options = AzuriteFixture.UniqueOptions();
        var storage = StorageConnectionFactory.FromConnectionString(azurite.ConnectionString, options);
        await storage.EnsureCreatedAsync();
        var old = await new BulletinIngestionService(storage).UploadAndIngestAsync("old.txt", new MemoryStream(OldContent));
        Assert.Equal(IngestionOutcome.Accepted, old.Outcome);
        await storage.Bulletins.GetBlobClient("new.txt").UploadAsync(new BinaryData(NewContent));

        var stopsBefore = azurite.Stops;
        var fault = new BeforeRequest(Matches(point, storage), azurite.StopAsync);
        var faulty = StorageRequests.With(azurite.ConnectionString, options, fault);
        await Assert.ThrowsAnyAsync<Exception>(() => new BulletinIngestionService(faulty).IngestAsync(faulty.Bulletins.GetBlobClient("new.txt")));
        Assert.True(fault.Fired);
        Assert.Equal(stopsBefore + 1, azurite.Stops);
        await azurite.StartAsync();

        var afterOutage = await new PublishedPeriodReader(storage).GetPeriodAsync(BulletinBytes.PeriodKey);
        Assert.NotNull(afterOutage);
        var expectNew = point == FaultPoint.AfterPointerBeforeRecord;
        Assert.Equal(expectNew ? Json(NewContent, "new.txt") : Json(OldContent, "old.txt"), BulletinJson.Serialize(afterOutage.Bulletin));
        Assert.Equal(StoredState.Sha256(expectNew ? NewContent : OldContent), afterOutage.Sha256);

        // Re-delivery, later than the abandoned-version age: it also sweeps what the crash left behind.
        var later = new ShiftedClock(BulletinPublisher.AbandonedVersionAge + TimeSpan.FromMinutes(1));
        var retry = new BulletinIngestionService(storage, new BulletinPublisher(storage, later), new IngestionRecordStore(storage), clock: later);
        var record = await retry.IngestAsync(storage.Bulletins.GetBlobClient("new.txt"));

        Assert.True(record.Outcome == IngestionOutcome.Accepted, $"{point}: {record.Outcome} {record.ReasonCode}: {record.Message}");
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync(BulletinBytes.PeriodKey);
        Assert.Equal(Json(NewContent, "new.txt"), BulletinJson.Serialize(period!.Bulletin));
        Assert.Equal(record.VersionId, period.VersionId);
        var pointer = Assert.Single(await StoredState.PointersAsync(storage));
        Assert.Equal([StoredState.PartitionOf(pointer)], await StoredState.VersionPartitionsAsync(storage));
        var records = await new IngestionRecordStore(storage).ListAsync();
        Assert.Equal(["new.txt", "old.txt"], records.Select(r => r.BlobName).Order());
    }

    private static Func<HttpMessage, bool> Matches(FaultPoint point, StorageContext storage) => point switch
    {
        FaultPoint.BeforeRows => StorageRequests.IsTableBatch,
        FaultPoint.BetweenRowsAndPointer => StorageRequests.WriteTo(storage.Periods),
        FaultPoint.BeforePendingRecord => StorageRequests.WriteTo(storage.Ingestions),
        // The record is written twice: Pending before publishing, complete after; the outage hits the second.
        FaultPoint.AfterPointerBeforeRecord => Nth(2, StorageRequests.WriteTo(storage.Ingestions)),
        _ => throw new ArgumentOutOfRangeException(nameof(point)),
    };

    private static Func<HttpMessage, bool> Nth(int n, Func<HttpMessage, bool> matches)
    {
        var seen = 0;
        return message => matches(message) && Interlocked.Increment(ref seen) == n;
    }

    private static string Json(byte[] content, string name) => BulletinJson.Serialize(BulletinParser.Parse(content, name));
}
