using System.CommandLine;
using Azure;
using Wuhu.Bulletins;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Publishing;

namespace Wuhu.Cli;

/// <summary>`wuhu status [--top N] [--connection …]`: the latest ingestion records and the current version of each period.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var top = new Option<int>("--top") { Description = "How many ingestion records to show (newest first).", DefaultValueFactory = _ => 20 };
        var connection = CliStorage.ConnectionOption();
        var command = new Command("status", "List ingestion records (accepted or rejected, and why) and the periods stored.") { top, connection };
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(top) < 1)
            {
                Console.Error.WriteLine("error: --top must be at least 1.");
                return 1;
            }

            try
            {
                var storage = await CliStorage.OpenAsync(result.GetValue(connection)!, ct);
                await RunAsync(storage, result.GetValue(top), Console.Out, ct);
                return 0;
            }
            catch (Exception e) when (e is CliStorageException or RequestFailedException or AggregateException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    public static async Task RunAsync(StorageContext storage, int top, TextWriter stdout, CancellationToken cancellationToken)
    {
        var records = await new IngestionRecordStore(storage).ListAsync(top, cancellationToken);
        stdout.WriteLine(records.Count == 0 ? "No uploads ingested yet." : $"Latest {records.Count} ingestion record(s), newest first:");
        foreach (var record in records)
        {
            stdout.WriteLine($"  {record.IngestedAt.ToLocalTime():yyyy-MM-dd HH:mm:ss}  {PrintableText.Escape(record.BlobName)}  {record.Size:N0} B  {IngestCommand.Describe(record)}");
        }

        var periods = await new PublishedPeriodReader(storage).ListPeriodsAsync(null, cancellationToken);
        stdout.WriteLine(periods.Count == 0 ? "No periods stored." : "Periods (current version):");
        foreach (var period in periods)
        {
            stdout.WriteLine($"  {period.PeriodKey}{(period.FullYear ? " (full year)" : "")}  {period.Bulletin.Tasks.Count} tasks  from {PrintableText.Escape(period.SourceBlob)}  sha256 {period.Sha256[..12]}…  version {period.VersionId}  {DescribeParser(period.ParserVersion)}");
        }

        var unswitched = await new BulletinPublisher(storage).FindUnswitchedVersionsAsync(cancellationToken);
        if (unswitched.Count > 0)
        {
            stdout.WriteLine("Unswitched versions (written by a publish that never switched its period's pointer; readers never see them):");
            foreach (var version in unswitched)
            {
                var written = version.WrittenAt is { } at ? $"written {at.ToLocalTime():yyyy-MM-dd HH:mm:ss}" : "write time unknown";
                stdout.WriteLine($"  {version.PeriodKey}@{version.VersionId}  {version.Rows} rows, {written}: " + (version.Abandoned
                    ? $"abandoned; `{SweepCommand.Invocation}` or the nightly maintenance removes it"
                    : $"younger than {BulletinPublisher.AbandonedVersionAge.TotalMinutes:F0} min, may still be in flight; kept"));
            }
        }
    }

    /// <summary>"parser 2.1.0", or what `wuhu rederive` would do about a period derived by another parser version.</summary>
    public static string DescribeParser(string? parserVersion) =>
        parserVersion == BulletinParser.Version
            ? $"parser {parserVersion}"
            : $"parser {parserVersion ?? "unrecorded"} (outdated: `wuhu rederive` re-reads it with {BulletinParser.Version})";
}
