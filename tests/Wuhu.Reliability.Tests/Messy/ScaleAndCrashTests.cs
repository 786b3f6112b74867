using System.Text;
using Azure.Data.Tables;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Synthetic;
using Wuhu.Bulletins.Writing;
using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Reports.Building;
using Wuhu.Reports.Rendering;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Publishing;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 7: a configurable cap on tasks per bulletin with a clear rejection above it; the largest accepted
/// bulletin's report renders; an ingest killed midway leaves nothing readers see and nothing that outlives a
/// cleanup; the ingestion record is written before publishing and completed after, so a death in between
/// still leaves a record.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ScaleAndCrashTests(AzuriteFixture azurite)
{
    [Fact]
    public void The_default_cap_accepts_the_largest_bulletin_and_rejects_one_more_task()
    {
        var largest = BulletinWriter.Text(SyntheticBulletin.Generate(BulletinParseOptions.DefaultMaxTasks, 2024, 1, seed: 7));
        Assert.Equal(BulletinParseOptions.DefaultMaxTasks, BulletinParser.Parse(Encoding.UTF8.GetBytes(largest), "largest.txt").Tasks.Count);

        var over = Encoding.UTF8.GetBytes(BulletinWriter.Text(SyntheticBulletin.Generate(BulletinParseOptions.DefaultMaxTasks + 1, 2024, 1, seed: 7)));
        var rejected = Assert.Throws<BulletinRejectedException>(() => BulletinParser.Parse(over, "over.txt"));
        Assert.Equal("tooManyTasks", rejected.Code);
        Assert.Contains("2,001 task rows", rejected.Message);
        Assert.Contains("Wuhu:MaxTasksPerBulletin", rejected.Message);
    }

    [Fact]
    public void The_report_of_the_largest_accepted_bulletin_renders()
    {
        var content = Encoding.UTF8.GetBytes(BulletinWriter.Text(SyntheticBulletin.Generate(BulletinParseOptions.DefaultMaxTasks, 2024, 1, seed: 11)));
        var bulletin = BulletinParser.Parse(content, "largest.txt");
        var report = new ReportBuilder().BuildQuarterly(2024, 1, [BulletinSource.FromBytes(bulletin, content)]);

        var pdf = new SkiaPdfReportRenderer().Render(report);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 10, $"{document.NumberOfPages} pages");
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("2000", text.Replace(",", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cap_is_a_setting_and_a_bulletin_above_it_is_rejected_with_nothing_published()
    {
        var options = AzuriteFixture.UniqueOptions();
        options.MaxTasksPerBulletin = 5;
        var storage = await azurite.CreateStorageAsync(options);
        var service = new BulletinIngestionService(storage);

        var over = await service.UploadAndIngestAsync("six.txt", new MemoryStream(BulletinBytes.Text(tasks: 6)));
        var at = await service.UploadAndIngestAsync("five.txt", new MemoryStream(BulletinBytes.Text(tasks: 5, seed: 2)));

        Assert.Equal((IngestionOutcome.Rejected, "tooManyTasks"), (over.Outcome, over.ReasonCode));
        Assert.Contains("limit (Wuhu:MaxTasksPerBulletin) is 5", over.Message);
        Assert.Equal(IngestionOutcome.Accepted, at.Outcome);
        Assert.Equal("five.txt", Assert.Single(await StoredState.PointersAsync(storage)).SourceBlob);
    }

    [Fact]
    public async Task A_death_after_publishing_leaves_a_pending_record_that_the_next_delivery_completes()
    {
        var storage = await azurite.CreateStorageAsync();
        var blob = storage.Bulletins.GetBlobClient("q1.txt");
        await blob.UploadAsync(new BinaryData(BulletinBytes.Text()));
        var dying = new BulletinIngestionService(storage) { AfterPublish = _ => throw new ProcessDiedException() };

        await Assert.ThrowsAsync<ProcessDiedException>(() => dying.IngestAsync(blob));

        var pending = Assert.Single(await new IngestionRecordStore(storage).ListAsync());
        Assert.Equal((IngestionOutcome.Pending, "q1.txt", BulletinBytes.PeriodKey, BulletinBytes.Tasks), (pending.Outcome, pending.BlobName, pending.PeriodKey, pending.TaskCount));
        var pointer = Assert.Single(await StoredState.PointersAsync(storage));
        Assert.Equal("q1.txt", pointer.SourceBlob);

        var redelivered = await new BulletinIngestionService(storage).IngestAsync(blob);

        Assert.Equal((IngestionOutcome.Accepted, pointer.VersionId), (redelivered.Outcome, redelivered.VersionId));
        Assert.Equal(IngestionOutcome.Accepted, Assert.Single(await new IngestionRecordStore(storage).ListAsync()).Outcome);
        Assert.Equal([StoredState.PartitionOf(pointer)], await StoredState.VersionPartitionsAsync(storage));
    }

    [Fact]
    public async Task A_death_between_rows_and_pointer_is_invisible_to_readers_and_swept_by_the_cleanup()
    {
        var storage = await azurite.CreateStorageAsync();
        var good = await new BulletinIngestionService(storage).UploadAndIngestAsync("good.txt", new MemoryStream(BulletinBytes.Text(publishedDay: 20)));
        Assert.Equal(IngestionOutcome.Accepted, good.Outcome);
        var before = BulletinJson.Serialize((await new PublishedPeriodReader(storage).GetPeriodAsync(BulletinBytes.PeriodKey))!.Bulletin);

        // What a process killed after writing a newer version's rows leaves: a partition no pointer names
        // (written directly, because a publish that fails in-process cleans up after itself).
        var orphanVersion = $"{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff'Z'}-0123456789";
        var orphan = VersionRows.PartitionKey(BulletinBytes.PeriodKey, orphanVersion);
        var rows = VersionRows.Build(BulletinBytes.Bulletin(tasks: 9, seed: 5, publishedDay: 25), orphan);
        foreach (var chunk in rows.Chunk(100))
        {
            await storage.Tasks.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
        }

        // Readers follow the pointer: they see the good version only.
        var during = (await new PublishedPeriodReader(storage).GetPeriodAsync(BulletinBytes.PeriodKey))!;
        Assert.Equal(before, BulletinJson.Serialize(during.Bulletin));
        Assert.Equal(2, (await StoredState.VersionPartitionsAsync(storage)).Count);

        // A young unnamed version may be a publish in flight: kept. Once older than the abandonment age: swept.
        Assert.Equal(0, await new BulletinPublisher(storage).SweepAbandonedVersionsAsync());
        Assert.Equal(2, (await StoredState.VersionPartitionsAsync(storage)).Count);
        var later = new ShiftedClock(BulletinPublisher.AbandonedVersionAge + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await new BulletinPublisher(storage, later).SweepAbandonedVersionsAsync());

        var pointer = Assert.Single(await StoredState.PointersAsync(storage));
        Assert.Equal([StoredState.PartitionOf(pointer)], await StoredState.VersionPartitionsAsync(storage));
        Assert.Equal(before, BulletinJson.Serialize((await new PublishedPeriodReader(storage).GetPeriodAsync(BulletinBytes.PeriodKey))!.Bulletin));
    }

    private sealed class ProcessDiedException : Exception;
}
