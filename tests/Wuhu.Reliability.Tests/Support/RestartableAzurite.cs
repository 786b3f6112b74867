using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Wuhu.Storage.Local;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests.Support;

/// <summary>
/// An Azurite of the fault tests' own (never the shared fixture's) that can be stopped and started again on the
/// same ports and data folder, like a storage outage: a stop is a SIGTERM, so Azurite saves what it acknowledged
/// (a SIGKILL could lose its last 5 s of table and blob metadata, which a real storage account never does).
/// Shared by the fault tests through <see cref="OutageCollection"/>; each test uses its own containers and tables.
/// </summary>
public sealed class RestartableAzurite : IAsyncLifetime
{
    private const int SigTerm = 15;
    private readonly string location = Directory.CreateTempSubdirectory("wuhu-reliability-azurite-").FullName;
    private readonly (int Blob, int Queue, int Table) ports = (Wuhu.Storage.Local.LoopbackPort.Free(), Wuhu.Storage.Local.LoopbackPort.Free(), Wuhu.Storage.Local.LoopbackPort.Free());
    private AzuriteLauncher? running;

    public string ConnectionString => AzuriteLauncher.ConnectionStringFor(ports.Blob, ports.Queue, ports.Table);

    public int Stops { get; private set; }

    public bool IsRunning => running is not null;

    public async Task StartAsync()
    {
        if (running is null)
        {
            running = await AzuriteLauncher.StartAsync(Samples.RepoRoot, ports.Blob, ports.Queue, ports.Table, location, ownsLocation: false);
        }
    }

    /// <summary>Stops Azurite (our own process, by PID) and waits until it has exited and saved its data.</summary>
    public async Task StopAsync()
    {
        if (running is not { } azurite)
        {
            return;
        }

        running = null;
        Stops++;
        using var process = TryGetProcess(azurite.ProcessId);
        if (process is not null && kill(azurite.ProcessId, SigTerm) == 0)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Did not exit: disposing kills it below.
            }
        }

        await azurite.DisposeAsync();
        if (await AzuriteLauncher.AnswersAsync(ports.Blob) || await AzuriteLauncher.AnswersAsync(ports.Table))
        {
            throw new InvalidOperationException("Azurite still answers after it was stopped.");
        }
    }

    public Task InitializeAsync() => StartAsync();

    public async Task DisposeAsync()
    {
        if (running is { } azurite)
        {
            await azurite.DisposeAsync();
            running = null;
        }

        try { Directory.Delete(location, recursive: true); }
        catch (IOException) { }
    }

    private static Process? TryGetProcess(int id)
    {
        try { return Process.GetProcessById(id); }
        catch (ArgumentException) { return null; }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}

[CollectionDefinition(Name)]
public sealed class OutageCollection : ICollectionFixture<RestartableAzurite>
{
    public const string Name = "Restartable Azurite";
}
