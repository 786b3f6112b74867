using System.CommandLine;
using Azure;
using Wuhu.Storage;
using Wuhu.Storage.Rederivation;

namespace Wuhu.Cli;

/// <summary>
/// `wuhu rederive [--dry-run] [--connection …]`: parses every stored period again from its source blob when it
/// was derived by another parser version, through the same service as the RederivePeriods timer.
/// </summary>
public static class RederiveCommand
{
    /// <summary>Exit code when a period could not be re-derived (its old version stays; the line says why).</summary>
    public const int LeftOutdatedExitCode = 2;

    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Parse and compare, but write nothing: show what a real run would do." };
        var connection = CliStorage.ConnectionOption();
        var command = new Command("rederive",
            "Re-derive every stored period whose version came from an older parser version, from its source blob.") { dryRun, connection };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var storage = await CliStorage.OpenAsync(result.GetValue(connection)!, ct);
                return await RunAsync(new BulletinRederivationService(storage), result.GetValue(dryRun), Console.Out, ct);
            }
            catch (Exception e) when (e is CliStorageException or RequestFailedException or AggregateException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Runs the service and prints one line per period and a summary; returns the exit code.</summary>
    public static async Task<int> RunAsync(BulletinRederivationService service, bool dryRun, TextWriter stdout, CancellationToken cancellationToken)
    {
        var run = await service.RederiveAsync(dryRun, cancellationToken);
        stdout.WriteLine(run.Periods.Count == 0
            ? "No periods stored."
            : $"{(dryRun ? "Dry run: " : "")}{run.Periods.Count} period(s), current parser {run.ParserVersion}:");
        foreach (var period in run.Periods)
        {
            stdout.WriteLine($"  {period.PeriodKey}  {Describe(period, dryRun)}");
        }

        if (run.Periods.Count > 0)
        {
            var changed = run.Count(RederivationOutcome.Rederived);
            stdout.WriteLine(
                $"{(dryRun ? "Would re-derive" : "Re-derived")} {changed}, unchanged {run.Count(RederivationOutcome.Unchanged)}, " +
                $"already current {run.Count(RederivationOutcome.Current)}, replaced by uploads meanwhile {run.Count(RederivationOutcome.Superseded)}, " +
                $"left outdated {run.LeftOutdated} ({run.Elapsed.TotalSeconds:F1} s).");
            if (changed > 0 && !dryRun)
            {
                stdout.WriteLine("The reports reading the re-derived periods are rebuilt by the next BuildReports run (or POST /api/reports/{year}).");
            }
        }

        return run.LeftOutdated > 0 ? LeftOutdatedExitCode : 0;
    }

    private static string Describe(PeriodRederivation period, bool dryRun)
    {
        var old = $"{period.OldVersionId} (parser {period.OldParserVersion ?? "unrecorded"})";
        return period.Outcome switch
        {
            RederivationOutcome.Rederived when dryRun =>
                $"would re-derive: {old} → parser {period.ParserVersion}, {period.NewTaskCount} tasks, {period.ChangedTasks} changed",
            RederivationOutcome.Rederived =>
                $"re-derived: {old} → {period.NewVersionId} (parser {period.ParserVersion}), {period.NewTaskCount} tasks, {period.ChangedTasks} changed",
            RederivationOutcome.Unchanged =>
                $"{(dryRun ? "would stay unchanged" : "unchanged")}: parser {period.ParserVersion} reads {period.SourceBlob} the same; {old} kept",
            RederivationOutcome.Current => $"current: {old}",
            RederivationOutcome.Superseded => $"skipped (replaced by an upload meanwhile): {period.Message}",
            _ => $"SKIPPED ({period.ReasonCode}) {period.Message}",
        };
    }
}
