using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 8: ten ingests at once of the same file or of competing files, each through its own clients (as
/// separate function instances would). None throws a raw storage error; every outcome is Accepted, Duplicate or
/// Superseded; exactly one complete version remains.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ParallelIngestTests(AzuriteFixture azurite)
{
    private const int Writers = 10;

    public static TheoryData<string> Scenarios => ["same file, ten names", "same file, one name", "competing files, one name", "one blob delivered ten times", "competing files, ten names"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Ten_parallel_ingests_end_with_clear_outcomes_and_one_version(string scenario)
    {
        var storage = await azurite.CreateStorageAsync();
        var same = BulletinBytes.Text(tasks: 5, seed: 3);
        var uploads = Enumerable.Range(1, Writers).Select(i => scenario switch
        {
            "same file, ten names" => (Name: $"copy-{i:D2}.txt", Content: same),
            "same file, one name" or "one blob delivered ten times" => (Name: "shared.txt", Content: same),
            "competing files, one name" => (Name: "shared.txt", Content: BulletinBytes.Text(tasks: 3 + i % 4, seed: 40 + i)),
            _ => (Name: $"office-{i:D2}.txt", Content: BulletinBytes.Text(tasks: 3 + i % 4, seed: 60 + i)),
        }).ToList();
        if (scenario == "one blob delivered ten times")
        {
            await storage.Bulletins.GetBlobClient("shared.txt").UploadAsync(new BinaryData(same));
        }

        using var start = new SemaphoreSlim(0, Writers);
        var writers = uploads.Select(async upload =>
        {
            var own = StorageConnectionFactory.FromConnectionString(azurite.ConnectionString, storage.Options);
            var service = new BulletinIngestionService(own);
            await start.WaitAsync();
            return scenario == "one blob delivered ten times"
                ? await service.IngestAsync(own.Bulletins.GetBlobClient(upload.Name))
                : await service.UploadAndIngestAsync(upload.Name, new MemoryStream(upload.Content));
        }).ToList();
        start.Release(Writers);
        var results = await Task.WhenAll(writers); // a raw storage error would surface here

        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { IngestionOutcome.Accepted, IngestionOutcome.Duplicate, IngestionOutcome.Superseded }));
        Assert.Contains(results, r => r.Outcome == IngestionOutcome.Accepted);
        var pointer = Assert.Single(await StoredState.PointersAsync(storage));
        Assert.Equal([StoredState.PartitionOf(pointer)], await StoredState.VersionPartitionsAsync(storage));

        // The period shows one of the uploads, complete; every stored record is complete (none left Pending).
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync(BulletinBytes.PeriodKey);
        Assert.Contains(uploads, u => StoredState.Sha256(u.Content) == pointer.Sha256 && u.Name == pointer.SourceBlob);
        Assert.Equal(pointer.TaskCount, period!.Bulletin.Tasks.Count);
        var records = await new IngestionRecordStore(storage).ListAsync();
        Assert.All(records, r => Assert.NotEqual(IngestionOutcome.Pending, r.Outcome));
        Assert.Equal(uploads.Select(u => u.Name).Distinct().Order(), records.Select(r => r.BlobName).Distinct().Order());
        if (scenario == "same file, ten names")
        {
            Assert.Equal(Writers - 1, results.Count(r => r.Outcome == IngestionOutcome.Duplicate));
        }
    }
}
