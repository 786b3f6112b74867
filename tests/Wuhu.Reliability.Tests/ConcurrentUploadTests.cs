using Wuhu.Bulletins;
using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>
/// Twenty offices upload different bulletins for the same period at once, each through its own ingestion
/// service (as separate function instances would). Exactly one complete version remains: the one the ordering
/// rule picks (latest upload time, then highest SHA-256), whichever writer happened to switch the pointer last.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ConcurrentUploadTests(AzuriteFixture azurite)
{
    public const int Writers = 20;

    [Fact]
    public async Task Twenty_concurrent_uploads_for_one_period_leave_exactly_one_complete_version()
    {
        var storage = await azurite.CreateStorageAsync();
        var uploads = Enumerable.Range(1, Writers)
            .Select(i => (Name: $"office-{i:D2}.txt", Content: BulletinBytes.Text(tasks: 2 + i % 7, seed: 100 + i)))
            .ToList();
        Assert.Equal(Writers, uploads.Select(u => StoredState.Sha256(u.Content)).Distinct().Count());

        using var start = new SemaphoreSlim(0, Writers);
        var writers = uploads.Select(async upload =>
        {
            var own = StorageConnectionFactory.FromConnectionString(azurite.ConnectionString, storage.Options);
            await start.WaitAsync();
            return await new BulletinIngestionService(own).UploadAndIngestAsync(upload.Name, new MemoryStream(upload.Content));
        }).ToList();
        start.Release(Writers);
        var results = await Task.WhenAll(writers);

        // The winner by the documented rule, from what storage recorded about each upload.
        var candidates = new List<(string Name, DateTimeOffset UploadedAt, string Sha256, byte[] Content)>();
        foreach (var upload in uploads)
        {
            var properties = (await storage.Bulletins.GetBlobClient(upload.Name).GetPropertiesAsync()).Value;
            candidates.Add((upload.Name, properties.CreatedOn, StoredState.Sha256(upload.Content), upload.Content));
        }

        var expected = candidates.OrderBy(c => c.UploadedAt).ThenBy(c => c.Sha256, StringComparer.Ordinal).Last();

        var pointer = Assert.Single(await StoredState.PointersAsync(storage));
        Assert.Equal((expected.Name, expected.Sha256), (pointer.SourceBlob, pointer.Sha256));
        Assert.Equal([StoredState.PartitionOf(pointer)], await StoredState.VersionPartitionsAsync(storage));
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync(BulletinBytes.PeriodKey);
        Assert.Equal(BulletinJson.Serialize(BulletinParser.Parse(expected.Content, expected.Name)), BulletinJson.Serialize(period!.Bulletin));

        var records = await new IngestionRecordStore(storage).ListAsync();
        Assert.Equal(uploads.Select(u => u.Name).Order(), records.Select(r => r.BlobName).Order());
        Assert.All(records, r => Assert.Contains(r.Outcome, new[] { IngestionOutcome.Accepted, IngestionOutcome.Superseded }));
        var winner = Assert.Single(records, r => r.BlobName == expected.Name);
        Assert.Equal((IngestionOutcome.Accepted, pointer.VersionId), (winner.Outcome, winner.VersionId));
        Assert.Equal(results.Select(r => r.RowKey).Order(), records.Select(r => r.RowKey).Order());
    }
}
