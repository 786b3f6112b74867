using Wuhu.Bulletins;
using Wuhu.Storage;
using Wuhu.Storage.Publishing;
using Wuhu.Storage.Rederivation;
using Wuhu.Testing;

namespace Wuhu.Cli.Tests;

/// <summary>`wuhu rederive` against a real Azurite: one line per period, then a summary; exit 2 when a period stays outdated.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class RederiveCommandTests(AzuriteFixture azurite)
{
    private static string Sample(string name) => Path.Combine(Samples.RepoSamples, name);

    private async Task<StorageContext> SeedAsync()
    {
        var storage = await azurite.CreateStorageAsync();
        await new Wuhu.Storage.Ingestion.BulletinIngestionService(storage)
            .UploadAndIngestAsync("wuhu-2024-annual.txt", File.OpenRead(Sample("wuhu-2024-annual.txt")));
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q1.txt"));
        await OlderParser.StoreAsync(storage, Sample("wuhu-2024-q3.txt"));
        return storage;
    }

    [Fact]
    public async Task Prints_old_and_new_version_per_period_and_why_a_period_was_skipped()
    {
        var storage = await SeedAsync();
        var q1Before = (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!.VersionId;
        await storage.Bulletins.DeleteBlobAsync("wuhu-2024-q3.txt");
        var stdout = new StringWriter();

        var exit = await RederiveCommand.RunAsync(new BulletinRederivationService(storage), dryRun: false, stdout, default);

        var q1After = (await PeriodPointer.GetAsync(storage.Periods, "2024-Q1", default))!.VersionId;
        var lines = stdout.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(RederiveCommand.LeftOutdatedExitCode, exit);
        Assert.Equal($"3 period(s), current parser {BulletinParser.Version}:", lines[0]);
        Assert.StartsWith($"2024-Q1  re-derived: {q1Before} (parser {OlderParser.Version}) → {q1After} (parser {BulletinParser.Version}), 12 tasks,", lines[1]);
        Assert.StartsWith("2024-Q3  SKIPPED (sourceMissing) Source blob wuhu-2024-q3.txt of 2024-Q3 is gone", lines[2]);
        Assert.StartsWith($"2024-Q4  current: ", lines[3]);
        Assert.EndsWith($"(parser {BulletinParser.Version})", lines[3]);
        Assert.StartsWith("Re-derived 1, unchanged 0, already current 1, replaced by uploads meanwhile 0, left outdated 1", lines[4]);
        Assert.Contains("rebuilt by the next BuildReports run", lines[5]);

        var again = new StringWriter();
        await RederiveCommand.RunAsync(new BulletinRederivationService(storage), dryRun: false, again, default);
        Assert.Contains($"2024-Q1  current: {q1After} (parser {BulletinParser.Version})", again.ToString());
    }

    [Fact]
    public async Task Dry_run_shows_what_would_change_and_changes_nothing()
    {
        var storage = await SeedAsync();
        var before = (await PeriodPointer.GetAsync(storage.Periods, "2024-Q3", default))!;
        var stdout = new StringWriter();

        var exit = await RederiveCommand.RunAsync(new BulletinRederivationService(storage), dryRun: true, stdout, default);

        Assert.Equal(0, exit);
        Assert.Contains("Dry run: 3 period(s)", stdout.ToString());
        Assert.Contains($"2024-Q3  would re-derive: {before.VersionId} (parser {OlderParser.Version}) → parser {BulletinParser.Version}, 11 tasks,", stdout.ToString());
        Assert.Contains("Would re-derive 2, unchanged 0, already current 1", stdout.ToString());
        var after = (await PeriodPointer.GetAsync(storage.Periods, "2024-Q3", default))!;
        Assert.Equal((before.VersionId, OlderParser.Version), (after.VersionId, after.ParserVersion));
    }

    [Fact]
    public void The_command_line_parses_dry_run_and_connection()
    {
        var parsed = WuhuCommand.Build().Parse(["rederive", "--dry-run", "--connection", "UseDevelopmentStorage=true"]);

        Assert.Empty(parsed.Errors);
        Assert.Equal("rederive", parsed.CommandResult.Command.Name);
    }
}
