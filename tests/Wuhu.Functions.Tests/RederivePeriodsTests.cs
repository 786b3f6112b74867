using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Wuhu.Bulletins;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Maintenance;
using Wuhu.Storage.Publishing;
using Wuhu.Storage.Rederivation;
using Wuhu.Testing;

namespace Wuhu.Functions.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class RederivePeriodsTests(AzuriteFixture azurite)
{
    private static string Sample(string name) => Path.Combine(Samples.RepoSamples, name);

    /// <summary>Q1 and Q3 stored by an older parser, Q3's source blob since deleted.</summary>
    private async Task<StorageContext> SeedAsync()
    {
        var storage = await azurite.CreateStorageAsync();
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"));
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q3.txt"));
        await storage.Bulletins.DeleteBlobAsync("wuhu-2024-q3.txt");
        return storage;
    }

    [Fact]
    public async Task Timer_rederives_outdated_periods_and_warns_about_the_ones_it_cannot()
    {
        var storage = await SeedAsync();
        var logger = new ListLogger();

        await new RederivePeriods(new StorageMaintenanceService(new BulletinRederivationService(storage)), logger).Run(new TimerInfo(), CancellationToken.None);

        Assert.Equal(BulletinParser.Version, (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!.ParserVersion);
        Assert.Equal(OlderParser.Version, (await PeriodPointer.GetAsync(storage.Periods, "2024-Q3", default))!.ParserVersion);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("2024-Q3: SourceMissing (sourceMissing)", warning.Message);
        Assert.Contains(logger.Entries, e => e.Message.Contains("1 re-derived, 0 unchanged, 0 current, 0 replaced by uploads, 1 left outdated"));
    }

    [Fact]
    public async Task Post_answers_the_per_period_results_as_json_and_a_dry_run_writes_nothing()
    {
        var storage = await SeedAsync();
        var before = (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!;
        var function = new RederivePeriods(new StorageMaintenanceService(new BulletinRederivationService(storage)), new ListLogger());

        var dry = (TestHttpResponse)await function.RunNow(new TestHttpRequest("https://localhost/api/periods/rederive?dryRun=true", "POST"), default);
        Assert.Equal(before.VersionId, (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!.VersionId);
        var response = (TestHttpResponse)await function.RunNow(new TestHttpRequest("https://localhost/api/periods/rederive", "POST"), default);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (dry.StatusCode, response.StatusCode));
        Assert.StartsWith("application/json", response.Header("Content-Type"));
        using var dryJson = JsonDocument.Parse(dry.BodyText);
        Assert.True(dryJson.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, dryJson.RootElement.GetProperty("rederived").GetInt32());
        using var json = JsonDocument.Parse(response.BodyText);
        var root = json.RootElement;
        Assert.Equal((BulletinParser.Version, false, 1, 1), (root.GetProperty("parserVersion").GetString(), root.GetProperty("dryRun").GetBoolean(),
            root.GetProperty("rederived").GetInt32(), root.GetProperty("leftOutdated").GetInt32()));
        var periods = root.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(["2024-Q1", "2024-Q3"], periods.Select(p => p.GetProperty("periodKey").GetString()));
        Assert.Equal(["Rederived", "SourceMissing"], periods.Select(p => p.GetProperty("outcome").GetString()));
        var q1 = periods[0];
        Assert.Equal((before.VersionId, OlderParser.Version), (q1.GetProperty("oldVersionId").GetString(), q1.GetProperty("oldParserVersion").GetString()));
        Assert.Equal((await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!.VersionId, q1.GetProperty("newVersionId").GetString());
        Assert.Contains("wuhu-2024-q3.txt", periods[1].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_bad_dryRun_value_is_a_400_naming_it()
    {
        var storage = await azurite.CreateStorageAsync();
        var function = new RederivePeriods(new StorageMaintenanceService(new BulletinRederivationService(storage)), new ListLogger());

        var response = (TestHttpResponse)await function.RunNow(new TestHttpRequest("https://localhost/api/periods/rederive?dryRun=maybe", "POST"), default);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'maybe'", response.BodyText);
    }

    [Fact]
    public async Task Timer_removes_abandoned_versions_past_the_grace_period_keeps_young_ones_and_readers_never_see_either()
    {
        var storage = await azurite.CreateStorageAsync();
        await using (var q1 = File.OpenRead(Sample("wuhu-2024-q1.txt")))
        {
            await new BulletinIngestionService(storage).UploadAndIngestAsync("q1.txt", q1);
        }

        var reader = new PublishedPeriodReader(storage);
        var shown = BulletinJson.Serialize((await reader.GetPeriodAsync("2024-Q1"))!.Bulletin);
        var current = VersionRows.PartitionKey("2024-Q1", (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!.VersionId);

        // What a publish killed between its rows and its pointer switch leaves: rows no pointer names. Other content
        // (the Q3 sample's tasks), so a reader that saw them would show it.
        var other = BulletinParser.ParseFile(Sample("wuhu-2024-q3.txt"));
        var abandoned = await WriteUnswitchedVersionAsync(storage, other, DateTime.UtcNow - BulletinPublisher.AbandonedVersionAge - TimeSpan.FromMinutes(5));
        var young = await WriteUnswitchedVersionAsync(storage, other, DateTime.UtcNow - TimeSpan.FromMinutes(1));
        Assert.Equal(shown, BulletinJson.Serialize((await reader.GetPeriodAsync("2024-Q1"))!.Bulletin));
        var unswitched = await new BulletinPublisher(storage).FindUnswitchedVersionsAsync();
        Assert.Equal([(abandoned, true), (young, false)], unswitched.Select(v => (VersionRows.PartitionKey(v.PeriodKey, v.VersionId), v.Abandoned)));

        var logger = new ListLogger();
        await new RederivePeriods(new StorageMaintenanceService(new BulletinRederivationService(storage)), logger).Run(new TimerInfo(), CancellationToken.None);

        Assert.Equal(new[] { current, young }.Order(StringComparer.Ordinal), await PartitionsAsync(storage));
        Assert.Equal(shown, BulletinJson.Serialize((await reader.GetPeriodAsync("2024-Q1"))!.Bulletin));
        Assert.Contains(logger.Entries, e => e.Message.Contains("removed 1 abandoned version(s)"));
    }

    private static async Task<string> WriteUnswitchedVersionAsync(StorageContext storage, Wuhu.Bulletins.Model.Bulletin bulletin, DateTime writtenAt)
    {
        var partition = VersionRows.PartitionKey("2024-Q1", $"{writtenAt:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}"[..28]);
        foreach (var chunk in VersionRows.Build(bulletin, partition).Chunk(100))
        {
            await storage.Tasks.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
        }

        return partition;
    }

    private static async Task<List<string>> PartitionsAsync(StorageContext storage)
    {
        var partitions = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var row in storage.Tasks.QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            partitions.Add(row.PartitionKey);
        }

        return [.. partitions];
    }

    [Fact]
    public void Timer_schedule_comes_from_the_RederiveSchedule_setting()
    {
        var trigger = typeof(RederivePeriods).GetMethod(nameof(RederivePeriods.Run))!.GetParameters()[0]
            .GetCustomAttributes(typeof(TimerTriggerAttribute), false).Cast<TimerTriggerAttribute>().Single();

        Assert.Equal("%RederiveSchedule%", trigger.Schedule);
    }

    private sealed class ListLogger : ILogger<RederivePeriods>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
