using System.CommandLine;
using Azure;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;

namespace Wuhu.Cli;

/// <summary>`wuhu ingest FILE|DIR [--connection …]`: upload bulletins and ingest them through the same service as the blob trigger.</summary>
public static class IngestCommand
{
    /// <summary>Exit code when at least one file was rejected.</summary>
    public const int RejectedExitCode = 2;

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A bulletin file, or a folder whose files are all ingested." };
        var connection = CliStorage.ConnectionOption();
        var command = new Command("ingest", "Upload bulletins to the bulletins container and ingest them.") { path, connection };
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var storage = await CliStorage.OpenAsync(result.GetValue(connection)!, ct);
                return await RunAsync(storage, result.GetValue(path)!, Console.Out, Console.Error, ct);
            }
            catch (Exception e) when (e is CliStorageException or RequestFailedException or AggregateException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Ingests a file or every file of a folder (sorted by name); returns the exit code.</summary>
    public static async Task<int> RunAsync(StorageContext storage, string path, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand(path);
        if (files is null)
        {
            stderr.WriteLine($"error: no such file or folder: {Path.GetFullPath(path)}");
            return 1;
        }

        if (files.Count == 0)
        {
            stderr.WriteLine($"error: {Path.GetFullPath(path)} holds no files to ingest.");
            return 1;
        }

        var service = new BulletinIngestionService(storage);
        var outcomes = new List<IngestionOutcome>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            await using var content = File.OpenRead(file.File);
            var record = await service.UploadAndIngestAsync(file.Name, content, cancellationToken);
            outcomes.Add(record.Outcome);
            var prefix = files.Count > 1 ? $"[{i + 1}/{files.Count}] " : "";
            stdout.WriteLine($"{prefix}{file.Name}: {Describe(record)}");
        }

        if (files.Count > 1)
        {
            stdout.WriteLine($"{Summary(outcomes)}; {service.Publisher.TransactionCount} table transactions.");
        }

        return outcomes.Contains(IngestionOutcome.Rejected) ? RejectedExitCode : 0;
    }

    /// <summary>
    /// "4 files: 2 accepted, 1 duplicate, 1 superseded, 0 rejected": only accepted files changed what readers see;
    /// duplicates and superseded files were read and recorded but stored nothing.
    /// </summary>
    public static string Summary(IReadOnlyCollection<IngestionOutcome> outcomes)
    {
        int Count(IngestionOutcome outcome) => outcomes.Count(o => o == outcome);
        return $"{outcomes.Count} files: {Count(IngestionOutcome.Accepted)} accepted, {Count(IngestionOutcome.Duplicate)} duplicate, "
            + $"{Count(IngestionOutcome.Superseded)} superseded, {Count(IngestionOutcome.Rejected)} rejected";
    }

    public static string Describe(IngestionRecord record) => record.Outcome switch
    {
        IngestionOutcome.Rejected => $"REJECTED ({record.ReasonCode}) {record.Message}",
        IngestionOutcome.Accepted => $"accepted, {record.PeriodKey}, {record.TaskCount} tasks, {record.WarningCount} warnings ({record.Transactions} table transactions, {record.DurationMs:F0} ms)",
        _ => $"{record.Outcome.ToString().ToLowerInvariant()}: {record.Message}",
    };
}
