using System.Diagnostics;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;
using Xunit.Abstractions;

namespace Wuhu.Storage.Tests;

/// <summary>End to end with the real parser: the repository's samples, and the real 2023 annual bulletin when present.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class SampleIngestionTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_repository_sample_is_accepted_and_readable()
    {
        var files = Directory.GetFiles(Samples.RepoSamples).Where(f => !Path.GetFileName(f).StartsWith('.')).Order().ToList();
        Assert.NotEmpty(files);
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage);

        foreach (var file in files)
        {
            await using var content = File.OpenRead(file);
            var record = await service.UploadAndIngestAsync(Path.GetFileName(file), content);
            output.WriteLine($"{record.BlobName}: {record.Outcome} {record.PeriodKey} {record.TaskCount} tasks {record.ReasonCode} {record.Message}");
            Assert.NotEqual(IngestionOutcome.Rejected, record.Outcome);
            Assert.True(record.TaskCount > 0);
        }

        var periods = await new PublishedPeriodReader(storage).ListPeriodsAsync(null);
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.NotEmpty(p.Bulletin.Tasks));
    }

    [Fact]
    public async Task Real_2023_annual_bulletin_stores_129_tasks_for_2023_Q4_in_few_transactions()
    {
        if (Samples.Annual2023 is not { } path)
        {
            // Not part of a fresh clone; the repository's own samples are covered above.
            output.WriteLine("SKIPPED: ../shared/samples/wuhu-2023-annual.txt is absent on this machine.");
            return;
        }

        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage);
        await using var content = File.OpenRead(path);

        var stopwatch = Stopwatch.StartNew();
        var record = await service.UploadAndIngestAsync("wuhu-2023-annual.txt", content);
        stopwatch.Stop();

        output.WriteLine($"129-task bulletin: {record.Transactions} table transactions, {record.DurationMs:F0} ms ingest (incl. download+parse), {stopwatch.ElapsedMilliseconds} ms with upload");
        Assert.Equal((IngestionOutcome.Accepted, "2023-Q4", 129), (record.Outcome, record.PeriodKey, record.TaskCount));
        Assert.Equal(3, record.Transactions); // 130 rows (meta + 129 tasks) in two batches, then the pointer
        var period = await new PublishedPeriodReader(storage).GetPeriodAsync("2023-Q4");
        Assert.Equal(129, period!.Bulletin.Tasks.Count);
        Assert.Equal(Wuhu.Bulletins.BulletinParser.ParseFile(path) with { Source = "wuhu-2023-annual.txt" } is var parsed ? TestBulletins.Json(parsed) : "", TestBulletins.Json(period.Bulletin));
    }
}
