using Wuhu.Storage.Local;
using Xunit.Abstractions;

namespace Wuhu.Cli.Tests;

/// <summary>
/// `wuhu demo` end to end, as the README's first command runs it: its own Azurite on the default ports, the
/// repository's samples, reports downloaded. Needs ports 10000–10002 free (true in CI); otherwise it says so and stops.
/// </summary>
public class DemoCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Demo_ingests_the_samples_builds_and_downloads_the_reports_then_stops_its_azurite()
    {
        foreach (var port in new[] { AzuriteLauncher.DefaultBlobPort, AzuriteLauncher.DefaultQueuePort, AzuriteLauncher.DefaultTablePort })
        {
            if (await AzuriteLauncher.AnswersAsync(port))
            {
                output.WriteLine($"SKIPPED: port {port} is in use; the demo would use or refuse that emulator.");
                return;
            }
        }

        var outDir = Directory.CreateTempSubdirectory("wuhu-demo-out-");
        // The demo keeps its data in the local state folder; a temporary one, not the developer's .wuhu/.
        var state = Directory.CreateTempSubdirectory("wuhu-demo-state-");
        var previousState = Environment.GetEnvironmentVariable(LocalState.Variable);
        Environment.SetEnvironmentVariable(LocalState.Variable, state.FullName);
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var exit = await DemoCommand.RunAsync(null, outDir, stdout, stderr, CancellationToken.None);

            output.WriteLine(stdout.ToString());
            Assert.True(exit == 0, stderr.ToString());
            Assert.Contains("4 files: 4 ingested, 0 rejected", stdout.ToString());
            var pdfs = Directory.GetFiles(outDir.FullName, "*.pdf", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToList();
            Assert.Equal(["wuhu-2024-annual.pdf", "wuhu-2024-q1.pdf", "wuhu-2024-q2.pdf", "wuhu-2024-q3.pdf", "wuhu-2024-q4.pdf"], pdfs);
            Assert.All(Directory.GetFiles(outDir.FullName, "*.pdf", SearchOption.AllDirectories),
                pdf => Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(pdf)[..4]));
            Assert.Contains("Stopped Azurite", stdout.ToString());
            Assert.False(await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultBlobPort), "the demo left its Azurite running");
            // The data stays for the next command, and the demo says how to open the web app.
            Assert.True(File.Exists(Path.Combine(state.FullName, "azurite", "__azurite_db_table__.json")), "no table data kept in the local state folder");
            Assert.Contains("Open the web app", stdout.ToString());
            Assert.Contains("http://127.0.0.1:5080/app/", stdout.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable(LocalState.Variable, previousState);
            outDir.Delete(recursive: true);
            state.Delete(recursive: true);
        }
    }
}
