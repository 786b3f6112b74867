using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Wuhu.Cli.Tests.Support;
using Wuhu.Storage;
using Wuhu.Storage.Local;
using Wuhu.Testing;
using Xunit.Abstractions;

namespace Wuhu.Cli.Tests;

/// <summary>Ctrl-C (SIGINT) sent to `wuhu ingest` of a folder and to `wuhu serve`, each run as its own process.</summary>
[Collection(DefaultEmulatorPorts.Collection)]
public sealed class InterruptTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Ctrl_C_stops_ingest_of_a_folder_between_files_with_exit_code_130_and_nothing_half_stored()
    {
        await using var azurite = await AzuriteLauncher.StartOnFreePortsAsync(Samples.RepoRoot);
        var work = Directory.CreateTempSubdirectory("wuhu-ingest-interrupt-");
        try
        {
            var input = CopiesOfTheSamples(work, copies: 10);
            using var ingest = WuhuProcess.Start(work.FullName, new Dictionary<string, string>(), "ingest", input, "--connection", azurite.ConnectionString);
            await ingest.WaitForLineAsync(new Regex(@"^\[1/40\] "), TimeSpan.FromSeconds(90));

            ingest.Interrupt();
            var exit = await ingest.WaitForExitAsync(TimeSpan.FromSeconds(60));
            output.WriteLine(ingest.Stdout);
            output.WriteLine(ingest.Stderr);

            Assert.Equal(Interruption.ExitCode, exit);
            Assert.Contains(Interruption.Message, ingest.Stderr);
            Assert.DoesNotContain("40 files:", ingest.Stdout); // stopped before the end, so no summary
            Assert.DoesNotContain("[40/40]", ingest.Stdout);
            Assert.DoesNotContain("Unhandled", ingest.Stderr);

            // Every version stored is the one its period's pointer names: nothing half-written is left.
            var storage = StorageConnectionFactory.FromConnectionString(azurite.ConnectionString);
            var named = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var pointer in storage.Periods.QueryAsync<TableEntity>())
            {
                named.Add($"{pointer.RowKey}@{pointer.GetString("VersionId")}");
            }

            var stored = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var row in storage.Tasks.QueryAsync<TableEntity>(select: ["PartitionKey"]))
            {
                stored.Add(row.PartitionKey);
            }

            Assert.NotEmpty(named);
            Assert.Equal(named.Order(), stored.Order());
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Ctrl_C_stops_serve_and_the_emulator_it_started()
    {
        foreach (var port in new[] { AzuriteLauncher.DefaultBlobPort, AzuriteLauncher.DefaultQueuePort, AzuriteLauncher.DefaultTablePort })
        {
            if (await AzuriteLauncher.AnswersAsync(port))
            {
                output.WriteLine($"SKIPPED: port {port} is in use; serve would use that emulator.");
                return;
            }
        }

        var work = Directory.CreateTempSubdirectory("wuhu-serve-interrupt-");
        try
        {
            var webPort = Wuhu.Storage.Local.LoopbackPort.Free();
            using var serve = WuhuProcess.Start(Samples.RepoRoot, new Dictionary<string, string> { [LocalState.Variable] = Path.Combine(work.FullName, "state") },
                "serve", "--port", webPort.ToString(CultureInfo.InvariantCulture));
            var emulator = await serve.WaitForLineAsync(new Regex(@"started the local storage emulator, pid (\d+)"), TimeSpan.FromSeconds(90));
            await serve.WaitForLineAsync(new Regex("^Serving the web app on "), TimeSpan.FromSeconds(60));
            using (var http = new HttpClient())
            {
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"http://127.0.0.1:{webPort}/app/")).StatusCode);
            }

            serve.Interrupt();
            var exit = await serve.WaitForExitAsync(TimeSpan.FromSeconds(60));
            output.WriteLine(serve.Stdout);
            output.WriteLine(serve.Stderr);

            Assert.Equal(0, exit); // Ctrl-C is how serve is meant to end
            Assert.Contains("Stopped the web app.", serve.Stdout);
            var emulatorPid = int.Parse(emulator.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.False(WuhuProcess.IsRunning(emulatorPid), $"the emulator serve started (pid {emulatorPid}) is still running");
            Assert.False(await AzuriteLauncher.AnswersAsync(webPort), "the web app still answers");
            Assert.False(await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultBlobPort), "something still answers on the blob port");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string CopiesOfTheSamples(DirectoryInfo work, int copies)
    {
        var input = Path.Combine(work.FullName, "input");
        for (var copy = 0; copy < copies; copy++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(input, $"copy{copy:00}"));
            foreach (var sample in Directory.GetFiles(Samples.RepoSamples))
            {
                File.Copy(sample, Path.Combine(folder.FullName, Path.GetFileName(sample)));
            }
        }

        return input;
    }
}
