using System.CommandLine;
using Azure;
using Wuhu.Storage;
using Wuhu.Storage.Local;

namespace Wuhu.Cli;

/// <summary>
/// `wuhu demo [--input DIR] [--out DIR]`: the whole job on the embedded default. Starts Azurite (the repo's
/// pinned one) unless something already answers on its default ports, ingests the input (default: the
/// repo's samples/), builds the reports, downloads every report into --out, and stops the Azurite it started.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo?>("--input") { Description = "Folder of bulletins to ingest (default: the repository's samples/)." };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder to download the reports into.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var command = new Command("demo", "Run the pipeline locally: Azurite, ingest the samples, build and download the reports.") { input, output };
        command.SetAction((result, ct) => RunAsync(result.GetValue(input), result.GetValue(output)!, Console.Out, Console.Error, ct));
        return command;
    }

    public static async Task<int> RunAsync(DirectoryInfo? input, DirectoryInfo output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var repoRoot = RepoRoot.TryFindDefault() ?? BuiltFrom();
        var inputDir = input?.FullName ?? (repoRoot is null ? null : Path.Combine(repoRoot, "samples"));
        if (inputDir is null || !Directory.Exists(inputDir))
        {
            stderr.WriteLine(inputDir is null
                ? "error: cannot find the repository (no package.json above the current folder); pass --input DIR."
                : $"error: input folder not found: {inputDir}");
            return 1;
        }

        AzuriteLauncher? started = null;
        try
        {
            var blobUp = await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultBlobPort);
            var tableUp = await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultTablePort);
            if (blobUp && tableUp)
            {
                stdout.WriteLine($"Using the storage emulator already listening on 127.0.0.1:{AzuriteLauncher.DefaultBlobPort}/{AzuriteLauncher.DefaultTablePort}.");
            }
            else if (blobUp || tableUp || await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultQueuePort))
            {
                stderr.WriteLine($"error: some of Azurite's ports {AzuriteLauncher.DefaultBlobPort}-{AzuriteLauncher.DefaultTablePort} are taken by something else; free them or stop that process.");
                return 1;
            }
            else
            {
                if (repoRoot is null)
                {
                    stderr.WriteLine("error: Azurite is not running and the repository (with node_modules/.bin/azurite) was not found; run from inside the repository.");
                    return 1;
                }

                // The data stays in the repository's local state folder, for status, serve and the next demo.
                var location = LocalState.AzuriteFolder(repoRoot);
                started = await AzuriteLauncher.StartAsync(repoRoot, AzuriteLauncher.DefaultBlobPort, AzuriteLauncher.DefaultQueuePort,
                    AzuriteLauncher.DefaultTablePort, location, ownsLocation: false, cancellationToken);
                stdout.WriteLine($"Started Azurite (pid {started.ProcessId}) on 127.0.0.1:{started.BlobPort}/{started.TablePort}, data in {location}.");
            }

            var storage = await CliStorage.OpenAsync(StorageConnectionFactory.DevelopmentConnectionString, cancellationToken);
            stdout.WriteLine($"Ingesting {inputDir}:");
            var ingested = await IngestCommand.RunAsync(storage, inputDir, stdout, stderr, cancellationToken);
            if (ingested == 1)
            {
                return 1;
            }

            await DemoReportStep.BuildReportsAsync(storage, stdout, cancellationToken);
            var downloaded = await DownloadReportsAsync(storage, output, cancellationToken);
            stdout.WriteLine(downloaded.Count == 0
                ? $"No reports in the '{storage.Reports.Name}' container to download."
                : $"Downloaded {downloaded.Count} report(s) into {output.FullName}:");
            foreach (var file in downloaded)
            {
                stdout.WriteLine($"  {file}");
            }

            stdout.WriteLine();
            stdout.WriteLine(started is null
                ? "The data is in the storage emulator that was already running."
                : $"The data stays in {LocalState.AzuriteFolder(repoRoot!)} for the next command.");
            stdout.WriteLine($"Open the web app (upload, tasks, reports, Excel): run `{ServeCommand.Invocation}`, then open {ServeCommand.UrlFor(ServeCommand.DefaultPort)}");

            return ingested;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C: the finally below still stops our Azurite (its data stays in the local state folder).
            stderr.WriteLine(Interruption.Message);
            return Interruption.ExitCode;
        }
        catch (Exception e) when (e is CliStorageException or RequestFailedException or AggregateException or InvalidOperationException or FileNotFoundException)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
        finally
        {
            if (started is not null)
            {
                await started.DisposeAsync();
                stdout.WriteLine($"Stopped Azurite (pid {started.ProcessId}).");
            }
        }
    }

    /// <summary>Copies every blob of the reports container into <paramref name="output"/>, keeping its path.</summary>
    public static async Task<List<string>> DownloadReportsAsync(StorageContext storage, DirectoryInfo output, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        await foreach (var item in storage.Reports.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            var target = Path.GetFullPath(Path.Combine(output.FullName, item.Name));
            if (!target.StartsWith(output.FullName, StringComparison.Ordinal))
            {
                continue; // a blob name with ".." must not escape the output folder
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await storage.Reports.GetBlobClient(item.Name).DownloadToAsync(target, cancellationToken);
            files.Add(target);
        }

        return files;
    }

    /// <summary>The repository this program was built from (fallback when run from outside it).</summary>
    private static string? BuiltFrom() =>
        typeof(DemoCommand).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WuhuRepoRoot")?.Value is { } root && File.Exists(Path.Combine(root, "package.json")) ? root : null;
}
