using System.CommandLine;
using Azure;
using Wuhu.Bulletins;
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
        var files = ListFiles(path);
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
        var rejected = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var (file, blobName) = files[i];
            await using var content = File.OpenRead(file);
            var record = await service.UploadAndIngestAsync(blobName, content, cancellationToken);
            rejected += record.Outcome == IngestionOutcome.Rejected ? 1 : 0;
            var prefix = files.Count > 1 ? $"[{i + 1}/{files.Count}] " : "";
            stdout.WriteLine($"{prefix}{PrintableText.Escape(blobName)}: {Describe(record)}");
        }

        if (files.Count > 1)
        {
            stdout.WriteLine($"{files.Count} files: {files.Count - rejected} ingested, {rejected} rejected; {service.Publisher.TransactionCount} table transactions.");
        }

        return rejected > 0 ? RejectedExitCode : 0;
    }

    public static string Describe(IngestionRecord record) => record.Outcome switch
    {
        IngestionOutcome.Rejected => $"REJECTED ({record.ReasonCode}) {PrintableText.Escape(record.Message)}",
        IngestionOutcome.Accepted => $"accepted, {record.PeriodKey}, {record.TaskCount} tasks, {record.WarningCount} warnings ({record.Transactions} table transactions, {record.DurationMs:F0} ms)",
        _ => $"{record.Outcome.ToString().ToLowerInvariant()}: {PrintableText.Escape(record.Message)}",
    };

    /// <summary>(file path, blob name) pairs; blob names keep a folder's relative paths with '/'. Null when the path does not exist.</summary>
    private static List<(string File, string BlobName)>? ListFiles(string path)
    {
        if (File.Exists(path))
        {
            return [(path, Path.GetFileName(path))];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => (File: f, BlobName: Path.GetRelativePath(path, f).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => !f.BlobName.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.BlobName, StringComparer.Ordinal)
            .ToList();
    }
}
