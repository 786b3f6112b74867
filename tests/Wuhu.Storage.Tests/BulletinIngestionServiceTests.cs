using System.Text;
using Azure.Data.Tables;
using Wuhu.Bulletins.Model;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Storage.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class BulletinIngestionServiceTests(AzuriteFixture azurite)
{
    private int parseCalls;

    /// <summary>Stands in for the parser: the file's text names the title, and "tasks=N" the task count.</summary>
    private Bulletin FakeParse(ReadOnlyMemory<byte> content, string name)
    {
        Interlocked.Increment(ref parseCalls);
        var text = Encoding.UTF8.GetString(content.Span);
        if (text.StartsWith("reject:"))
        {
            throw new BulletinRejectedException("noTable", $"{name}: no table");
        }

        var tasks = text.Split(';').FirstOrDefault(p => p.StartsWith("tasks="))?[6..] is { } n ? int.Parse(n) : 3;
        return TestBulletins.Create(tasks: tasks, title: text, source: name);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Accepted_upload_is_stored_and_recorded()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, FakeParse);

        var record = await service.UploadAndIngestAsync("2023/annual.txt", Utf8("v1;tasks=5"));

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Equal(("2023/annual.txt", 10L, "2023-Q4", 5, 1, "text"), (record.BlobName, record.Size, record.PeriodKey, record.TaskCount, record.WarningCount, record.Format));
        Assert.Equal(64, record.Sha256!.Length);
        Assert.Null(record.ReasonCode);
        Assert.Equal(Wuhu.Bulletins.BulletinParser.Version, record.ParserVersion);
        var listed = Assert.Single(await new IngestionRecordStore(storage).ListAsync());
        Assert.Equal(record with { }, listed with { IngestedAt = record.IngestedAt });
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.Equal(("2023/annual.txt", record.Sha256, 5), (period!.SourceBlob, period.Sha256, period.Bulletin.Tasks.Count));
    }

    [Fact]
    public async Task Redelivered_blob_event_is_a_no_op()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, FakeParse);
        var first = await service.UploadAndIngestAsync("a.txt", Utf8("v1"));
        var writes = service.Publisher.TransactionCount;

        var again = await service.IngestAsync(storage.Bulletins.GetBlobClient("a.txt"));

        Assert.Equal(first.IngestedAt, again.IngestedAt);
        Assert.Equal(IngestionOutcome.Accepted, again.Outcome);
        Assert.Equal(1, parseCalls);
        Assert.Equal(writes, service.Publisher.TransactionCount);
        Assert.Single(await new IngestionRecordStore(storage).ListAsync());
    }

    [Fact]
    public async Task Same_content_under_another_name_is_recorded_as_duplicate()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, FakeParse);
        var first = await service.UploadAndIngestAsync("a.txt", Utf8("v1"));

        var copy = await service.UploadAndIngestAsync("copy-of-a.txt", Utf8("v1"));

        Assert.Equal((IngestionOutcome.Duplicate, "duplicate", first.VersionId), (copy.Outcome, copy.ReasonCode, copy.VersionId));
        Assert.Contains("a.txt", copy.Message);
        Assert.Equal(["copy-of-a.txt", "a.txt"], (await new IngestionRecordStore(storage).ListAsync()).Select(r => r.BlobName));
    }

    [Fact]
    public async Task Uploading_the_same_file_again_is_a_duplicate_and_keeps_the_accepted_record()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, FakeParse);
        var first = await service.UploadAndIngestAsync("a.txt", Utf8("v1"));
        var writes = service.Publisher.TransactionCount;

        var again = await service.UploadAndIngestAsync("a.txt", Utf8("v1"));

        Assert.Equal((IngestionOutcome.Duplicate, "duplicate", first.VersionId, 0), (again.Outcome, again.ReasonCode, again.VersionId, again.Transactions));
        Assert.Contains("already shows this content (from a.txt)", again.Message);
        Assert.Equal(writes, service.Publisher.TransactionCount);
        var record = Assert.Single(await new IngestionRecordStore(storage).ListAsync());
        Assert.Equal((IngestionOutcome.Accepted, first.IngestedAt), (record.Outcome, record.IngestedAt));
    }

    [Fact]
    public async Task Corrected_upload_replaces_the_period()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, FakeParse);
        await service.UploadAndIngestAsync("a.txt", Utf8("v1;tasks=3"));

        var corrected = await service.UploadAndIngestAsync("a-corrected.txt", Utf8("v2;tasks=4"));

        Assert.Equal(IngestionOutcome.Accepted, corrected.Outcome);
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.Equal(("v2;tasks=4", 4), (period!.Bulletin.Title, period.Bulletin.Tasks.Count));
    }

    [Fact]
    public async Task Too_large_upload_is_rejected_before_it_is_parsed()
    {
        var storage = await azurite.CreateStorageAsync(AzuriteFixture.UniqueOptions() is var o ? WithLimit(o, 16) : null);
        var service = new BulletinIngestionService(storage, FakeParse);

        var record = await service.UploadAndIngestAsync("big.txt", Utf8(new string('x', 17)));

        Assert.Equal((IngestionOutcome.Rejected, "tooLarge", 17L, null), (record.Outcome, record.ReasonCode, record.Size, record.Sha256));
        Assert.Contains("16", record.Message);
        Assert.Equal(0, parseCalls);
        await AssertRejectedAndNothingStoredAsync(storage, "big.txt", "tooLarge");
    }

    [Fact]
    public async Task Parser_rejection_is_recorded_with_its_reason_and_marks_the_blob()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, FakeParse);

        var record = await service.UploadAndIngestAsync("notes.txt", Utf8("reject: just notes"));

        Assert.Equal((IngestionOutcome.Rejected, "noTable", "notes.txt: no table"), (record.Outcome, record.ReasonCode, record.Message));
        await AssertRejectedAndNothingStoredAsync(storage, "notes.txt", "noTable");
    }

    [Fact]
    public async Task Unexpected_parser_failure_is_recorded_not_thrown()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, (_, _) => throw new FormatException("bad cell"));

        var record = await service.UploadAndIngestAsync("odd.txt", Utf8("odd"));

        Assert.Equal((IngestionOutcome.Rejected, "parserError"), (record.Outcome, record.ReasonCode));
        Assert.Contains("FormatException: bad cell", record.Message);
        await AssertRejectedAndNothingStoredAsync(storage, "odd.txt", "parserError");
    }

    [Fact]
    public async Task Empty_upload_is_rejected()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, FakeParse);

        var record = await service.UploadAndIngestAsync("empty.txt", new MemoryStream());

        Assert.Equal((IngestionOutcome.Rejected, "empty", 0L), (record.Outcome, record.ReasonCode, record.Size));
        await AssertRejectedAndNothingStoredAsync(storage, "empty.txt", "empty");
    }

    [Fact]
    public async Task Storage_failure_is_thrown_so_the_host_retries()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, FakeParse);
        await storage.Bulletins.UploadBlobAsync("a.txt", BinaryData.FromString("v1"));
        await storage.Tasks.DeleteAsync(); // the tasks table is unavailable

        await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => service.IngestAsync(storage.Bulletins.GetBlobClient("a.txt")));

        // Record first, then publish: the failed attempt leaves only its Pending record, which the retry completes.
        var records = await new IngestionRecordStore(storage).ListAsync();
        Assert.All(records, r => Assert.Equal(IngestionOutcome.Pending, r.Outcome));
        await storage.Tasks.CreateIfNotExistsAsync();
    }

    internal static async Task AssertRejectedAndNothingStoredAsync(StorageContext storage, string blobName, string reason)
    {
        var properties = (await storage.Bulletins.GetBlobClient(blobName).GetPropertiesAsync()).Value;
        Assert.Equal("rejected", properties.Metadata[BulletinIngestionService.StatusMetadataKey]);
        Assert.Equal(reason, properties.Metadata[BulletinIngestionService.ReasonMetadataKey]);
        var record = Assert.Single(await new IngestionRecordStore(storage).ListAsync());
        Assert.Equal((blobName, IngestionOutcome.Rejected, reason), (record.BlobName, record.Outcome, record.ReasonCode));
        Assert.Empty(await new PublishedPeriodReader(storage).ListPeriodsAsync(null));
        Assert.Empty(await StorageAssertions.VersionPartitionsAsync(storage));
    }

    private static WuhuOptions WithLimit(WuhuOptions options, long limit)
    {
        options.MaxUploadBytes = limit;
        return options;
    }
}
