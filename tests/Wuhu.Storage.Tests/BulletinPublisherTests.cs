using Wuhu.Bulletins.Model;
using Wuhu.Storage.Publishing;
using Wuhu.Testing;

namespace Wuhu.Storage.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class BulletinPublisherTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2024, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static PublishSource Source(string sha, DateTimeOffset? uploadedAt = null, string blob = "a.txt") =>
        new(blob, sha, uploadedAt ?? Monday);

    [Fact]
    public async Task Published_bulletin_reads_back_identically_through_the_pointer()
    {
        var storage = await azurite.CreateStorageAsync();
        var publisher = new BulletinPublisher(storage);
        var bulletin = TestBulletins.Create(tasks: 5);

        var result = await publisher.PublishAsync(bulletin, Source("aa"));

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("2023-Q4", result.PeriodKey);
        Assert.Equal(2, result.Transactions); // one batch of rows + the pointer
        Assert.Equal(2, publisher.TransactionCount);
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.NotNull(period);
        Assert.Equal(TestBulletins.Json(bulletin), TestBulletins.Json(period.Bulletin));
        Assert.Equal((2023, 4, true, "a.txt", "aa", result.VersionId), (period.Year, period.Quarter, period.FullYear, period.SourceBlob, period.Sha256, period.VersionId));
    }

    [Fact]
    public async Task Long_progress_texts_are_split_and_reassembled_without_loss()
    {
        var storage = await azurite.CreateStorageAsync();
        // 40K chars (over the 32K property limit), with surrogate pairs placed across chunk boundaries, and one
        // 700K-char text that exceeds a whole entity (1 MiB) and must continue in further rows.
        string Progress(int n) => n switch
        {
            1 => string.Concat(Enumerable.Repeat("完成𠀀", 10_000)),
            2 => new string('进', 31_999) + "𠀀" + new string('展', 8_000),
            3 => string.Concat(Enumerable.Repeat("长文本", 233_334)),
            _ => "",
        };
        var bulletin = TestBulletins.Create(tasks: 4, progress: Progress);
        Assert.Equal(40_000, bulletin.Tasks[0].Progress.Length);

        await new BulletinPublisher(storage).PublishAsync(bulletin, Source("bb"));

        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.NotNull(period);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(bulletin.Tasks[i].Progress, period.Bulletin.Tasks[i].Progress);
        }

        Assert.Equal(TestBulletins.Json(bulletin), TestBulletins.Json(period.Bulletin));
    }

    [Fact]
    public async Task Same_content_again_is_a_duplicate_and_writes_nothing()
    {
        var storage = await azurite.CreateStorageAsync();
        var publisher = new BulletinPublisher(storage);
        var first = await publisher.PublishAsync(TestBulletins.Create(), Source("cc"));
        var writesBefore = publisher.TransactionCount;

        var again = await publisher.PublishAsync(TestBulletins.Create(), Source("cc", Monday.AddHours(1), "copy.txt"));

        Assert.Equal(PublishOutcome.Duplicate, again.Outcome);
        Assert.Equal(first.VersionId, again.VersionId);
        Assert.Equal(writesBefore, publisher.TransactionCount);
        Assert.Single(await StorageAssertions.VersionPartitionsAsync(storage));
    }

    [Fact]
    public async Task Corrected_bulletin_replaces_the_period_and_the_old_version_is_deleted()
    {
        var storage = await azurite.CreateStorageAsync();
        var publisher = new BulletinPublisher(storage);
        var first = await publisher.PublishAsync(TestBulletins.Create(tasks: 3), Source("dd"));
        var corrected = TestBulletins.Create(tasks: 4, title: "更正版");

        var second = await publisher.PublishAsync(corrected, Source("ee", Monday.AddHours(2), "corrected.txt"));

        Assert.Equal(PublishOutcome.Published, second.Outcome);
        Assert.Equal(first.VersionId, second.ReplacedVersionId);
        Assert.Equal(1, second.CleanupTransactions);
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.Equal(TestBulletins.Json(corrected), TestBulletins.Json(period!.Bulletin));
        Assert.Equal([VersionRows.PartitionKey("2023-Q4", second.VersionId)], await StorageAssertions.VersionPartitionsAsync(storage));
    }

    [Fact]
    public async Task Older_bulletin_arriving_after_a_newer_one_is_superseded_and_leaves_nothing()
    {
        var storage = await azurite.CreateStorageAsync();
        var publisher = new BulletinPublisher(storage);
        var newer = TestBulletins.Create(publishedOn: new DateOnly(2024, 2, 1), title: "新");
        var published = await publisher.PublishAsync(newer, Source("ff", Monday));

        // Published earlier, even though it was uploaded (or redelivered) later.
        var older = TestBulletins.Create(publishedOn: new DateOnly(2024, 1, 10), title: "旧");
        var late = await publisher.PublishAsync(older, Source("00", Monday.AddDays(1), "old.txt"));

        Assert.Equal(PublishOutcome.Superseded, late.Outcome);
        Assert.Equal(published.VersionId, late.VersionId);
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.Equal("新", period!.Bulletin.Title);
        Assert.Single(await StorageAssertions.VersionPartitionsAsync(storage));
    }

    [Fact]
    public async Task Same_publication_date_orders_by_upload_time()
    {
        var storage = await azurite.CreateStorageAsync();
        var publisher = new BulletinPublisher(storage);
        await publisher.PublishAsync(TestBulletins.Create(title: "later upload"), Source("11", Monday.AddHours(5)));

        var earlierUpload = await publisher.PublishAsync(TestBulletins.Create(title: "earlier upload"), Source("22", Monday));

        Assert.Equal(PublishOutcome.Superseded, earlierUpload.Outcome);
        Assert.Equal("later upload", (await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4"))!.Bulletin.Title);
    }

    [Fact]
    public async Task Failure_between_writing_rows_and_switching_the_pointer_keeps_the_old_version()
    {
        var storage = await azurite.CreateStorageAsync();
        var old = TestBulletins.Create(tasks: 3, title: "旧版本");
        var first = await new BulletinPublisher(storage).PublishAsync(old, Source("33"));
        string? writtenPartition = null;
        var rowsSeenBeforeCrash = 0;
        var crashing = new BulletinPublisher(storage)
        {
            BeforePointerSwitch = async (partition, ct) =>
            {
                writtenPartition = partition;
                rowsSeenBeforeCrash = (await StorageAssertions.VersionPartitionsAsync(storage)).Count;
                // Readers in the middle of the crash window still see the old version only.
                var during = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4", ct);
                Assert.Equal("旧版本", during!.Bulletin.Title);
                throw new IOException("injected crash before the pointer switch");
            },
        };

        var crash = await Assert.ThrowsAsync<IOException>(() =>
            crashing.PublishAsync(TestBulletins.Create(tasks: 7, title: "新版本"), Source("44", Monday.AddHours(1))));

        Assert.Equal("injected crash before the pointer switch", crash.Message);
        Assert.Equal(2, rowsSeenBeforeCrash); // the new version really was written before the crash
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.Equal(first.VersionId, period!.VersionId);
        Assert.Equal(TestBulletins.Json(old), TestBulletins.Json(period.Bulletin));
        Assert.DoesNotContain(writtenPartition!, await StorageAssertions.VersionPartitionsAsync(storage));

        // The retry (the host redelivers the blob) then succeeds.
        var retry = await new BulletinPublisher(storage).PublishAsync(TestBulletins.Create(tasks: 7, title: "新版本"), Source("44", Monday.AddHours(1)));
        Assert.Equal(PublishOutcome.Published, retry.Outcome);
        Assert.Equal(7, (await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4"))!.Bulletin.Tasks.Count);
    }

    [Fact]
    public async Task Two_uploads_racing_for_one_period_leave_exactly_the_newer_one()
    {
        var storage = await azurite.CreateStorageAsync();
        await new BulletinPublisher(storage).PublishAsync(TestBulletins.Create(title: "原始"), Source("55", Monday));
        // Both writers hold their rows written and the same pointer ETag before either switches.
        using var bothWritten = new Barrier(2);
        Func<string, CancellationToken, Task> meet = (_, _) => Task.Run(() => bothWritten.SignalAndWait(TimeSpan.FromSeconds(30)));
        var a = new BulletinPublisher(storage) { BeforePointerSwitch = meet };
        var b = new BulletinPublisher(storage) { BeforePointerSwitch = meet };

        var results = await Task.WhenAll(
            Task.Run(() => a.PublishAsync(TestBulletins.Create(tasks: 2, title: "A"), Source("66", Monday.AddMinutes(1), "a.txt"))),
            Task.Run(() => b.PublishAsync(TestBulletins.Create(tasks: 6, title: "B"), Source("77", Monday.AddMinutes(2), "b.txt"))));

        // B is newer, so it ends current whichever switches first; A either lost the race (Superseded) or won
        // it and was then replaced by B.
        Assert.Equal(PublishOutcome.Published, results[1].Outcome);
        Assert.Contains(results[0].Outcome, new[] { PublishOutcome.Published, PublishOutcome.Superseded });
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.Equal("B", period!.Bulletin.Title);
        Assert.Equal(6, period.Bulletin.Tasks.Count);
        Assert.Equal([VersionRows.PartitionKey("2023-Q4", period.VersionId)], await StorageAssertions.VersionPartitionsAsync(storage));
    }

    [Fact]
    public async Task Abandoned_versions_of_a_period_are_removed_by_the_next_publish()
    {
        var storage = await azurite.CreateStorageAsync();
        var abandoned = VersionRows.PartitionKey("2023-Q4", "20200101T000000000Z-deadbeef");
        foreach (var row in VersionRows.Build(TestBulletins.Create(), abandoned))
        {
            await storage.Tasks.AddEntityAsync(row);
        }

        var result = await new BulletinPublisher(storage).PublishAsync(TestBulletins.Create(), Source("88"));

        Assert.Equal([VersionRows.PartitionKey("2023-Q4", result.VersionId)], await StorageAssertions.VersionPartitionsAsync(storage));
    }

    [Fact]
    public async Task Periods_are_listed_per_year_in_key_order()
    {
        var storage = await azurite.CreateStorageAsync();
        var publisher = new BulletinPublisher(storage);
        await publisher.PublishAsync(TestBulletins.Create(2023, 2, false), Source("q2"));
        await publisher.PublishAsync(TestBulletins.Create(2023, 4, true), Source("q4"));
        await publisher.PublishAsync(TestBulletins.Create(2024, 1, false), Source("n1"));
        var reader = new PublishedPeriodReader(storage);

        Assert.Equal(["2023-Q2", "2023-Q4"], (await reader.ListPeriodsAsync(2023)).Select(p => p.PeriodKey));
        Assert.Equal(["2023-Q2", "2023-Q4", "2024-Q1"], (await reader.ListPeriodsAsync(null)).Select(p => p.PeriodKey));
        Assert.Null(await reader.GetPeriodAsync("2022-Q1"));
    }
}
