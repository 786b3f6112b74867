using System.Net;
using System.Net.Sockets;
using Wuhu.Storage.Local;
using Wuhu.Testing;

namespace Wuhu.Storage.Tests;

/// <summary>When Azurite cannot start, the error says what failed and what Azurite printed, never a runtime internal.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AzuriteLauncherTests
{
    [Fact]
    public async Task Azurite_that_exits_at_once_is_reported_with_its_exit_code_data_folder_and_last_output()
    {
        // The real Azurite over a data folder whose metadata database is damaged: it prints why and exits.
        var state = Directory.CreateTempSubdirectory("wuhu-azurite-broken-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(state.FullName, "__azurite_db_table__.json"), "garbage");
            await File.WriteAllTextAsync(Path.Combine(state.FullName, "__azurite_db_blob__.json"), "garbage");

            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => AzuriteLauncher.StartAsync(
                Samples.RepoRoot, Wuhu.Storage.Local.LoopbackPort.Free(), Wuhu.Storage.Local.LoopbackPort.Free(), Wuhu.Storage.Local.LoopbackPort.Free(), state.FullName, ownsLocation: false));

            Assert.Contains("exited with code", failure.Message);
            Assert.Contains(state.FullName, failure.Message);
            Assert.Contains("is not valid JSON", failure.Message);
            Assert.DoesNotContain("No process is associated", failure.Message);
        }
        finally
        {
            state.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_azurite_that_cannot_be_run_is_named_with_the_reason()
    {
        var repo = Directory.CreateTempSubdirectory("wuhu-fake-repo-");
        try
        {
            var executable = AzuriteLauncher.ExecutablePath(repo.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(executable)!);
            await File.WriteAllTextAsync(executable, "#!/bin/sh\necho 'never runs'\n");
            File.SetUnixFileMode(executable, UnixFileMode.UserRead | UnixFileMode.UserWrite); // not executable

            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => AzuriteLauncher.StartOnFreePortsAsync(repo.FullName));

            Assert.Contains($"Could not run Azurite ({executable})", failure.Message);
            Assert.Contains("npm ci", failure.Message);
        }
        finally
        {
            repo.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_failing_start_script_is_reported_with_what_it_printed_and_its_temporary_folder_is_removed()
    {
        var repo = Directory.CreateTempSubdirectory("wuhu-fake-repo-");
        var location = Path.Combine(repo.FullName, "data");
        try
        {
            var executable = AzuriteLauncher.ExecutablePath(repo.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(executable)!);
            await File.WriteAllTextAsync(executable, "#!/bin/sh\necho 'starting'\necho 'listen EADDRINUSE: address already in use' >&2\nexit 3\n");
            File.SetUnixFileMode(executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => AzuriteLauncher.StartAsync(
                repo.FullName, Wuhu.Storage.Local.LoopbackPort.Free(), Wuhu.Storage.Local.LoopbackPort.Free(), Wuhu.Storage.Local.LoopbackPort.Free(), location, ownsLocation: true));

            Assert.Contains("exited with code 3", failure.Message);
            Assert.Contains("EADDRINUSE", failure.Message);
            Assert.False(Directory.Exists(location), "the data folder the launcher owned was left behind");
        }
        finally
        {
            repo.Delete(recursive: true);
        }
    }
}
