using Azure.Data.Tables;
using Wuhu.Bulletins;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Publishing;
using Wuhu.Testing;

namespace Wuhu.Cli.Tests;

/// <summary>`wuhu status` shows what `wuhu rederive` and `wuhu sweep` would change; `wuhu sweep` removes only abandoned versions.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class StatusAndSweepCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Status_shows_each_periods_parser_version_and_which_ones_rederive_would_change()
    {
        var storage = await azurite.CreateStorageAsync();
        await new BulletinIngestionService(storage).UploadAndIngestAsync("q1.txt", File.OpenRead(Path.Combine(Samples.RepoSamples, "wuhu-2024-q1.txt")));
        await OlderParser.StoreAsync(storage, Path.Combine(Samples.RepoSamples, "wuhu-2024-q3.txt"));
        await OlderParser.StoreAsync(storage, Path.Combine(Samples.RepoSamples, "wuhu-2024-h1.html"));
        await OlderParser.ForgetParserVersionAsync(storage, "2024-Q2");
        var stdout = new StringWriter();

        await StatusCommand.RunAsync(storage, 10, stdout, CancellationToken.None);

        var lines = stdout.ToString().Split('\n');
        Assert.EndsWith($"parser {BulletinParser.Version}", Line("2024-Q1").TrimEnd());
        Assert.Contains($"parser {OlderParser.Version} (outdated: `wuhu rederive` re-reads it with {BulletinParser.Version})", Line("2024-Q3"));
        Assert.Contains($"parser unrecorded (outdated: `wuhu rederive` re-reads it with {BulletinParser.Version})", Line("2024-Q2"));
        Assert.DoesNotContain("Unswitched versions", stdout.ToString());

        string Line(string period) => Assert.Single(lines, l => l.StartsWith($"  {period} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sweep_removes_abandoned_versions_keeps_young_ones_and_status_lists_them()
    {
        var storage = await azurite.CreateStorageAsync();
        await new BulletinIngestionService(storage).UploadAndIngestAsync("q1.txt", File.OpenRead(Path.Combine(Samples.RepoSamples, "wuhu-2024-q1.txt")));
        var bulletin = BulletinParser.ParseFile(Path.Combine(Samples.RepoSamples, "wuhu-2024-q1.txt"));
        var abandoned = await WriteUnswitchedAsync(storage, bulletin, DateTime.UtcNow.AddHours(-2));
        var young = await WriteUnswitchedAsync(storage, bulletin, DateTime.UtcNow);

        var status = new StringWriter();
        await StatusCommand.RunAsync(storage, 10, status, CancellationToken.None);
        Assert.Contains("Unswitched versions", status.ToString());
        Assert.Contains($"{abandoned}  13 rows", status.ToString());
        Assert.Contains("abandoned; `wuhu sweep` or the nightly maintenance removes it", status.ToString());
        Assert.Contains("may still be in flight; kept", status.ToString());

        var stdout = new StringWriter();
        await SweepCommand.RunAsync(new BulletinPublisher(storage), stdout, CancellationToken.None);

        Assert.Contains("Removed 1 abandoned version(s); kept 1 younger than 15 min", stdout.ToString());
        var left = (await new BulletinPublisher(storage).FindUnswitchedVersionsAsync()).Select(v => $"{v.PeriodKey}@{v.VersionId}");
        Assert.Equal([young], left);
        Assert.Equal(12, (await new PublishedPeriodReader(storage).GetPeriodAsync("2024-Q1"))!.Bulletin.Tasks.Count);
    }

    private static async Task<string> WriteUnswitchedAsync(StorageContext storage, Wuhu.Bulletins.Model.Bulletin bulletin, DateTime writtenAt)
    {
        var partition = VersionRows.PartitionKey("2024-Q1", $"{writtenAt:yyyyMMdd'T'HHmmssfff'Z'}-{Guid.NewGuid():N}"[..28]);
        foreach (var chunk in VersionRows.Build(bulletin, partition).Chunk(100))
        {
            await storage.Tasks.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
        }

        return partition;
    }
}
