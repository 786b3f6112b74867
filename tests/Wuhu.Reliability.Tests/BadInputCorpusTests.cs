using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>
/// Every input of the corpus goes through the real ingestion service (real parser) against Azurite. A rejected
/// input leaves a record with its reason, the original blob untouched but marked, and nothing for any period;
/// an accepted one is exactly one complete version. Neither ever throws.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class BadInputCorpusTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Cases => [.. BadInputCases.All.Select(c => c.Id)];

    [Fact]
    public void Corpus_has_at_least_30_inputs_with_distinct_ids()
    {
        Assert.True(BadInputCases.All.Count >= 30, $"only {BadInputCases.All.Count} inputs");
        Assert.Equal(BadInputCases.All.Count, BadInputCases.All.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Input_is_rejected_with_its_reason_or_accepted_whole(string id)
    {
        var input = BadInputCases.All.Single(c => c.Id == id);
        var options = AzuriteFixture.UniqueOptions();
        if (input.MaxUploadBytes is { } limit)
        {
            options.MaxUploadBytes = limit;
        }

        var storage = await azurite.CreateStorageAsync(options);
        var content = input.Content();
        var blob = storage.Bulletins.GetBlobClient(input.BlobName);
        await blob.UploadAsync(new BinaryData(content));

        var record = await new BulletinIngestionService(storage).IngestAsync(blob);

        Assert.Equal(input.BlobName, record.BlobName);
        var stored = await new IngestionRecordStore(storage).ListAsync();
        Assert.Equal(record.RowKey, Assert.Single(stored).RowKey);
        await AssertOriginalBlobKeptAsync(storage, input, content);
        if (input.Accepted)
        {
            await AssertAcceptedWholeAsync(storage, input, record);
        }
        else
        {
            Assert.True(record.Outcome == IngestionOutcome.Rejected, $"{id}: {record.Outcome} {record.ReasonCode} {record.Message}");
            Assert.True(input.Reason == record.ReasonCode, $"{id}: expected {input.Reason}, got {record.ReasonCode}: {record.Message}");
            Assert.False(string.IsNullOrWhiteSpace(record.Message));
            Assert.Equal(input.Reason, Assert.Single(stored).ReasonCode);
            Assert.Empty(await StoredState.PointersAsync(storage));
            Assert.Empty(await StoredState.VersionPartitionsAsync(storage));
        }
    }

    private static async Task AssertOriginalBlobKeptAsync(StorageContext storage, BadInput input, byte[] content)
    {
        var blob = storage.Bulletins.GetBlobClient(input.BlobName);
        var properties = (await blob.GetPropertiesAsync()).Value;
        Assert.Equal(content.Length, properties.ContentLength);
        var kept = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(StoredState.Sha256(content), StoredState.Sha256(kept));
        if (input.Accepted)
        {
            Assert.False(properties.Metadata.ContainsKey(BulletinIngestionService.StatusMetadataKey));
        }
        else
        {
            Assert.Equal("rejected", properties.Metadata[BulletinIngestionService.StatusMetadataKey]);
            Assert.Equal(input.Reason, properties.Metadata[BulletinIngestionService.ReasonMetadataKey]);
        }
    }

    private static async Task AssertAcceptedWholeAsync(StorageContext storage, BadInput input, IngestionRecord record)
    {
        Assert.True(record.Outcome == IngestionOutcome.Accepted, $"{input.Id}: {record.Outcome} {record.ReasonCode}: {record.Message}");
        Assert.Equal(input.PeriodKey, record.PeriodKey);
        var pointer = Assert.Single(await StoredState.PointersAsync(storage));
        Assert.Equal((input.PeriodKey, input.BlobName, record.VersionId), (pointer.PeriodKey, pointer.SourceBlob, pointer.VersionId));
        Assert.Equal([StoredState.PartitionOf(pointer)], await StoredState.VersionPartitionsAsync(storage));

        var period = await new PublishedPeriodReader(storage).GetPeriodAsync(input.PeriodKey!);
        Assert.NotNull(period);
        Assert.Equal(input.Tasks, period.Bulletin.Tasks.Count);
        Assert.Equal(input.Tasks, record.TaskCount);
        if (input.Warning is { } warning)
        {
            Assert.Contains(warning, period.Bulletin.Warnings.Select(w => w.Code));
        }
    }
}
