using System.Text;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Publishing;
using Wuhu.Storage.Rederivation;
using Wuhu.Storage.Reports;
using Wuhu.Testing;

namespace Wuhu.Storage.Tests;

/// <summary>Re-deriving stored periods with the current parser, against Azurite and the repository's samples.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class BulletinRederivationServiceTests(AzuriteFixture azurite)
{
    private static string Sample(string name) => Path.Combine(Samples.RepoSamples, name);

    private static string CurrentReadingJson(string file, string blobName) =>
        TestBulletins.Json(BulletinParser.Parse(File.ReadAllBytes(file), blobName));

    [Fact]
    public async Task A_period_stored_by_an_older_parser_is_rederived_from_its_source_and_its_tasks_change()
    {
        var storage = await azurite.CreateStorageAsync();
        var old = await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"));
        var before = (await new PublishedPeriodReader(storage).GetPeriodAsync("2024-Q1"))!;

        var run = await new BulletinRederivationService(storage).RederiveAsync();

        var result = Assert.Single(run.Periods);
        Assert.Equal(RederivationOutcome.Rederived, result.Outcome);
        Assert.Equal((OlderParser.Version, BulletinParser.Version, old.VersionId), (result.OldParserVersion, result.ParserVersion, result.OldVersionId));
        var after = (await new PublishedPeriodReader(storage).GetPeriodAsync("2024-Q1"))!;
        Assert.Equal(result.NewVersionId, after.VersionId);
        Assert.NotEqual(old.VersionId, after.VersionId);
        Assert.Equal(CurrentReadingJson(Sample("wuhu-2024-q1.txt"), "wuhu-2024-q1.txt"), TestBulletins.Json(after.Bulletin));
        Assert.Equal(before.Bulletin.Tasks.Count + 1, after.Bulletin.Tasks.Count);
        Assert.Equal((before.Bulletin.Tasks.Count, after.Bulletin.Tasks.Count), (result.OldTaskCount, result.NewTaskCount));
        Assert.True(result.ChangedTasks >= 1, $"changed tasks: {result.ChangedTasks}");
        Assert.Contains(after.Bulletin.Tasks, task => task.Status != Bulletins.Model.TaskStatus.Unclear);

        var pointer = (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!;
        Assert.Equal((BulletinParser.Version, old.VersionId, old.Current.Sha256, "wuhu-2024-q1.txt"),
            (pointer.ParserVersion, pointer.PreviousVersionId, pointer.Sha256, pointer.SourceBlob));
        Assert.Equal(old.Current.UploadedAt, pointer.UploadedAt);
        // The replaced version is gone: exactly one version of the period remains.
        Assert.Equal([VersionRows.PartitionKey("2024-Q1", after.VersionId)], await StorageAssertions.VersionPartitionsAsync(storage));

        var record = Assert.Single(await new IngestionRecordStore(storage).ListAsync());
        Assert.Equal((IngestionOutcome.Rederived, "2024-Q1", BulletinParser.Version, after.VersionId),
            (record.Outcome, record.PeriodKey, record.ParserVersion, record.VersionId));
        Assert.Contains($"(was parser {OlderParser.Version})", record.Message);
    }

    [Fact]
    public async Task A_period_already_derived_by_the_current_parser_is_skipped_and_nothing_is_written()
    {
        var storage = await azurite.CreateStorageAsync();
        var ingested = await new BulletinIngestionService(storage).UploadAndIngestAsync("q1.txt", File.OpenRead(Sample("wuhu-2024-q1.txt")));
        Assert.Equal(IngestionOutcome.Accepted, ingested.Outcome);
        var counter = new WriteCounter();
        var counted = WriteCounter.Wrap(azurite.ConnectionString, storage, counter);

        var run = await new BulletinRederivationService(counted).RederiveAsync();

        var result = Assert.Single(run.Periods);
        Assert.Equal((RederivationOutcome.Current, BulletinParser.Version, ingested.VersionId), (result.Outcome, result.OldParserVersion, result.OldVersionId));
        Assert.Null(result.NewVersionId);
        Assert.Equal(0, counter.Writes);
    }

    [Fact]
    public async Task A_pointer_without_a_parser_version_counts_as_outdated_and_an_identical_reading_only_marks_it()
    {
        var storage = await azurite.CreateStorageAsync();
        var stored = await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q3.txt"), olderReading: same => same, parserVersion: BulletinParser.Version);
        await OlderParser.ForgetParserVersionAsync(storage, "2024-Q3");
        Assert.Null((await PeriodPointer.GetAsync(storage.Periods, "2024-Q3", default))!.ParserVersion);

        var result = Assert.Single((await new BulletinRederivationService(storage).RederiveAsync()).Periods);

        Assert.Equal((RederivationOutcome.Unchanged, null, 0), (result.Outcome, result.OldParserVersion, result.ChangedTasks));
        var pointer = (await PeriodPointer.GetAsync(storage.Periods, "2024-Q3", default))!;
        // Same version: readers and the report manifest see no change.
        Assert.Equal((stored.VersionId, BulletinParser.Version), (pointer.VersionId, pointer.ParserVersion));
        Assert.Empty(await new IngestionRecordStore(storage).ListAsync());
    }

    [Fact]
    public async Task A_missing_source_blob_is_reported_and_the_old_version_stays()
    {
        var storage = await azurite.CreateStorageAsync();
        var old = await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"));
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q3.txt"));
        await storage.Bulletins.DeleteBlobAsync("wuhu-2024-q1.txt");

        var run = await new BulletinRederivationService(storage).RederiveAsync();

        Assert.Equal(["2024-Q1", "2024-Q3"], run.Periods.Select(p => p.PeriodKey));
        var missing = run.Periods[0];
        Assert.Equal((RederivationOutcome.SourceMissing, "sourceMissing"), (missing.Outcome, missing.ReasonCode));
        Assert.Contains("wuhu-2024-q1.txt", missing.Message);
        Assert.Contains($"parser {OlderParser.Version} stays", missing.Message);
        Assert.Equal(RederivationOutcome.Rederived, run.Periods[1].Outcome);
        Assert.Equal(1, run.LeftOutdated);
        var pointer = (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!;
        Assert.Equal((old.VersionId, OlderParser.Version), (pointer.VersionId, pointer.ParserVersion));
        Assert.NotNull(await new PublishedPeriodReader(storage).GetPeriodAsync("2024-Q1"));
    }

    [Fact]
    public async Task A_source_overwritten_with_other_bytes_or_now_rejected_keeps_the_old_version()
    {
        var storage = await azurite.CreateStorageAsync();
        var q1 = await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"));
        var q3 = await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q3.txt"));
        await storage.Bulletins.GetBlobClient("wuhu-2024-q1.txt").UploadAsync(new BinaryData("另一份文件"u8.ToArray()), overwrite: true);
        // A parser that now refuses the Q3 bulletin (as a new version might refuse a damaged file).
        Bulletin Parse(ReadOnlyMemory<byte> content, string name) => name.Contains("q3")
            ? throw new BulletinRejectedException("noTable", $"{name}: no table")
            : BulletinParser.Parse(content, name);
        var service = new BulletinRederivationService(storage, new BulletinPublisher(storage), new IngestionRecordStore(storage), Parse, "9.9.9");

        var run = await service.RederiveAsync();

        Assert.Equal([(RederivationOutcome.SourceChanged, "sourceChanged"), (RederivationOutcome.Rejected, "noTable")],
            run.Periods.Select(p => (p.Outcome, p.ReasonCode)));
        Assert.Contains("q3.txt: no table", run.Periods[1].Message);
        Assert.Equal(q1.VersionId, (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!.VersionId);
        Assert.Equal(q3.VersionId, (await PeriodPointer.GetAsync(storage.Periods, "2024-Q3", default))!.VersionId);
    }

    [Fact]
    public async Task A_dry_run_says_what_would_change_and_writes_nothing()
    {
        var storage = await azurite.CreateStorageAsync();
        var old = await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"));
        var counter = new WriteCounter();

        var run = await new BulletinRederivationService(WriteCounter.Wrap(azurite.ConnectionString, storage, counter)).RederiveAsync(dryRun: true);

        var result = Assert.Single(run.Periods);
        Assert.True(run.DryRun);
        Assert.Equal((RederivationOutcome.Rederived, null), (result.Outcome, result.NewVersionId));
        Assert.StartsWith("Would re-derive 2024-Q1", result.Message);
        Assert.Equal(0, counter.Writes);
        Assert.Equal(old.VersionId, (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!.VersionId);
    }

    [Fact]
    public async Task A_newer_upload_ingested_during_the_rederivation_wins()
    {
        var storage = await azurite.CreateStorageAsync();
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"));
        var corrected = Encoding.UTF8.GetBytes(File.ReadAllText(Sample("wuhu-2024-q1.txt")) + "\n");
        IngestionRecord? upload = null;
        // The upload runs to completion after the re-derivation wrote its rows and before it switches the pointer.
        var publisher = new BulletinPublisher(storage)
        {
            BeforePointerSwitch = async (_, ct) => upload = await new BulletinIngestionService(storage)
                .UploadAndIngestAsync("wuhu-2024-q1-corrected.txt", new MemoryStream(corrected), ct),
        };

        var run = await new BulletinRederivationService(storage, publisher, new IngestionRecordStore(storage)).RederiveAsync();

        Assert.Equal(IngestionOutcome.Accepted, upload!.Outcome);
        var result = Assert.Single(run.Periods);
        Assert.Equal(RederivationOutcome.Superseded, result.Outcome);
        Assert.Contains("wuhu-2024-q1-corrected.txt", result.Message);
        var period = (await new PublishedPeriodReader(storage).GetPeriodAsync("2024-Q1"))!;
        Assert.Equal((upload.VersionId, "wuhu-2024-q1-corrected.txt"), (period.VersionId, period.SourceBlob));
        Assert.Equal([VersionRows.PartitionKey("2024-Q1", period.VersionId)], await StorageAssertions.VersionPartitionsAsync(storage));
    }

    [Fact]
    public async Task A_rederivation_that_switches_while_an_upload_is_in_flight_does_not_lose_the_upload()
    {
        var storage = await azurite.CreateStorageAsync();
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"));
        var corrected = Encoding.UTF8.GetBytes(File.ReadAllText(Sample("wuhu-2024-q1.txt")) + "\n");
        PeriodRederivation? rederived = null;
        // The re-derivation runs to completion after the upload wrote its rows and before it switches the pointer.
        var uploadPublisher = new BulletinPublisher(storage)
        {
            BeforePointerSwitch = async (_, ct) => rederived = (await new BulletinRederivationService(storage).RederiveAsync(cancellationToken: ct)).Periods.Single(),
        };
        var ingestion = new BulletinIngestionService(storage, uploadPublisher, new IngestionRecordStore(storage));

        var upload = await ingestion.UploadAndIngestAsync("wuhu-2024-q1-corrected.txt", new MemoryStream(corrected));

        Assert.Equal(RederivationOutcome.Rederived, rederived!.Outcome);
        Assert.Equal(IngestionOutcome.Accepted, upload.Outcome);
        var period = (await new PublishedPeriodReader(storage).GetPeriodAsync("2024-Q1"))!;
        Assert.Equal((upload.VersionId, "wuhu-2024-q1-corrected.txt"), (period.VersionId, period.SourceBlob));
        Assert.Equal(rederived.NewVersionId, (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!.PreviousVersionId);
        Assert.Equal([VersionRows.PartitionKey("2024-Q1", period.VersionId)], await StorageAssertions.VersionPartitionsAsync(storage));
    }

    [Fact]
    public async Task Two_rederivations_racing_leave_one_version_derived_by_the_current_parser()
    {
        var storage = await azurite.CreateStorageAsync();
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"));
        using var bothWritten = new Barrier(2);
        Func<string, CancellationToken, Task> meet = (_, _) => Task.Run(() => bothWritten.SignalAndWait(TimeSpan.FromSeconds(30)));
        BulletinRederivationService Racer() => new(storage, new BulletinPublisher(storage) { BeforePointerSwitch = meet }, new IngestionRecordStore(storage));

        var runs = await Task.WhenAll(Task.Run(() => Racer().RederiveAsync()), Task.Run(() => Racer().RederiveAsync()));

        var results = runs.Select(r => r.Periods.Single()).OrderBy(p => p.Outcome).ToList();
        Assert.Equal([RederivationOutcome.Rederived, RederivationOutcome.Current], results.Select(p => p.Outcome));
        Assert.Contains("by another run meanwhile", results[1].Message);
        var period = (await new PublishedPeriodReader(storage).GetPeriodAsync("2024-Q1"))!;
        Assert.Equal([VersionRows.PartitionKey("2024-Q1", period.VersionId)], await StorageAssertions.VersionPartitionsAsync(storage));
    }

    [Fact]
    public async Task The_next_report_run_rebuilds_exactly_the_reports_whose_periods_were_rederived_with_changes()
    {
        var storage = await azurite.CreateStorageAsync();
        var ingestion = new BulletinIngestionService(storage);
        await ingestion.UploadAndIngestAsync("wuhu-2024-h1.html", File.OpenRead(Sample("wuhu-2024-h1.html")));
        await ingestion.UploadAndIngestAsync("wuhu-2024-annual.txt", File.OpenRead(Sample("wuhu-2024-annual.txt")));
        // Q1: outdated, but the current parser reads it the same; Q3: outdated and read differently now.
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"), olderReading: same => same);
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q3.txt"));
        var reports = new ReportPublisher(storage, new JsonReportRenderer());
        Assert.Equal(4, (await reports.PublishAsync()).Count(o => o.Built));

        var run = await new BulletinRederivationService(storage).RederiveAsync();
        var rebuilt = await reports.PublishAsync();

        Assert.Equal([("2024-Q1", RederivationOutcome.Unchanged), ("2024-Q2", RederivationOutcome.Current), ("2024-Q3", RederivationOutcome.Rederived), ("2024-Q4", RederivationOutcome.Current)],
            run.Periods.Select(p => (p.PeriodKey, p.Outcome)));
        // Q3 feeds the Q3 report and the annual report; the Q1 and H1 reports do not read it.
        Assert.Equal(["2024/wuhu-2024-annual.pdf", "2024/wuhu-2024-q3.pdf"],
            rebuilt.Where(o => o.Built).Select(o => o.BlobName).Order());
    }
}

/// <summary>Re-derivation parses under the same task cap as ingestion (Wuhu:MaxTasksPerBulletin).</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class RederivationTaskCapTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Rederivation_applies_the_configured_task_cap()
    {
        var sample = Path.Combine(Samples.RepoSamples, "wuhu-2024-q1.txt");
        var tasks = BulletinParser.ParseFile(sample).Tasks.Count;
        var capped = await azurite.CreateStorageAsync(new WuhuOptions { MaxTasksPerBulletin = tasks - 1 });
        await OlderParser.StoreAsync(capped, sample);

        var result = Assert.Single((await new BulletinRederivationService(capped).RederiveAsync()).Periods);

        Assert.Equal((RederivationOutcome.Rejected, "tooManyTasks"), (result.Outcome, result.ReasonCode));
    }
}
