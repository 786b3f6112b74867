using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Wuhu.Cli.Tests.Support;
using Wuhu.Storage.Local;
using Xunit.Abstractions;

namespace Wuhu.Cli.Tests;

/// <summary>
/// `wuhu demo` end to end, as the README's first command runs it: its own Azurite on the default ports, the
/// repository's samples, reports downloaded. Needs ports 10000–10002 free (true in CI); otherwise it says so and stops.
/// </summary>
[Collection(DefaultEmulatorPorts.Collection)]
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
            Assert.Contains("4 files: 4 accepted, 0 duplicate, 0 superseded, 0 rejected", stdout.ToString());
            var pdfs = Directory.GetFiles(outDir.FullName, "*.pdf", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToList();
            Assert.Equal(["wuhu-2024-annual.pdf", "wuhu-2024-q1.pdf", "wuhu-2024-q2.pdf", "wuhu-2024-q3.pdf"], pdfs);
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

    [Fact]
    public async Task Ctrl_C_stops_the_demo_and_its_azurite_and_keeps_the_data_in_the_local_state_folder()
    {
        foreach (var port in new[] { AzuriteLauncher.DefaultBlobPort, AzuriteLauncher.DefaultQueuePort, AzuriteLauncher.DefaultTablePort })
        {
            if (await AzuriteLauncher.AnswersAsync(port))
            {
                output.WriteLine($"SKIPPED: port {port} is in use; the demo would use or refuse that emulator.");
                return;
            }
        }

        var repoRoot = typeof(DemoCommand).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WuhuRepoRoot").Value!;
        var work = Directory.CreateTempSubdirectory("wuhu-demo-interrupt-");
        try
        {
            // Enough input that the demo is still ingesting when the signal arrives.
            for (var copy = 0; copy < 10; copy++)
            {
                var folder = Directory.CreateDirectory(Path.Combine(work.FullName, "input", $"copy{copy:00}"));
                foreach (var sample in Directory.GetFiles(Path.Combine(repoRoot, "samples")))
                {
                    File.Copy(sample, Path.Combine(folder.FullName, Path.GetFileName(sample)));
                }
            }

            // Its own temporary folder, to see that the demo leaves nothing there; the emulator data goes to the local state folder.
            var temp = Directory.CreateDirectory(Path.Combine(work.FullName, "tmp"));
            var state = Path.Combine(work.FullName, "state");
            using var demo = WuhuProcess.Start(repoRoot, new Dictionary<string, string> { [LocalState.Variable] = state, ["TMPDIR"] = temp.FullName },
                "demo", "--input", Path.Combine(work.FullName, "input"), "--out", Path.Combine(work.FullName, "out"));
            var started = await demo.WaitForLineAsync(new Regex(@"^Started Azurite \(pid (\d+)\) .*, data in (.+)\.$"), TimeSpan.FromSeconds(90));
            var azuritePid = int.Parse(started.Groups[1].Value, CultureInfo.InvariantCulture);
            // Interrupted in the middle of the work (a signal during start-up is the easier case).
            await demo.WaitForLineAsync(new Regex(@"^\[1/40\] "), TimeSpan.FromSeconds(60));

            demo.Interrupt();
            var exit = await demo.WaitForExitAsync(TimeSpan.FromSeconds(60));
            output.WriteLine(demo.Stdout);
            output.WriteLine(demo.Stderr);

            Assert.Equal(Interruption.ExitCode, exit);
            Assert.Contains(Interruption.Message, demo.Stderr);
            Assert.DoesNotContain("Downloaded", demo.Stdout); // it stopped, rather than finishing first
            Assert.Contains($"Stopped Azurite (pid {azuritePid})", demo.Stdout);
            Assert.False(WuhuProcess.IsRunning(azuritePid), $"the demo's Azurite (pid {azuritePid}) is still running");
            Assert.False(await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultBlobPort), "something still answers on the blob port");
            // The data stays in the local state folder for the next command, and no temporary folder is left behind.
            Assert.Equal(Path.Combine(state, "azurite"), started.Groups[2].Value);
            Assert.True(Directory.Exists(started.Groups[2].Value));
            Assert.Empty(temp.GetDirectories());
            Assert.DoesNotContain("build failed", demo.Stdout + demo.Stderr, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
