using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wuhu.Storage.Local;

/// <summary>
/// Runs the repository's pinned Azurite (node_modules/.bin/azurite) on loopback ports, with its data in a
/// folder of ours; <see cref="DisposeAsync"/> stops exactly the process it started (by PID). Telemetry is
/// disabled: Azurite would otherwise send usage data over the network.
/// </summary>
public sealed class AzuriteLauncher : IAsyncDisposable
{
    public const int DefaultBlobPort = 10000;
    public const int DefaultQueuePort = 10001;
    public const int DefaultTablePort = 10002;

    /// <summary>Azurite's fixed, publicly documented development account key (not a secret).</summary>
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>How long Azurite may take to answer on its ports after it was started.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly string? ownedLocation;
    private int disposed;

    private AzuriteLauncher(Process process, int blobPort, int queuePort, int tablePort, string? ownedLocation)
    {
        this.process = process;
        this.ownedLocation = ownedLocation;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        ProcessId = process.Id;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }
    public int ProcessId { get; }
    public string ConnectionString => ConnectionStringFor(BlobPort, QueuePort, TablePort);

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    public static string ExecutablePath(string repoRoot) => Path.Combine(repoRoot, "node_modules", ".bin", "azurite");

    /// <summary>Starts Azurite on free ports with a fresh temporary data folder (deleted on dispose).</summary>
    public static Task<AzuriteLauncher> StartOnFreePortsAsync(string repoRoot, CancellationToken cancellationToken = default)
    {
        var location = Directory.CreateTempSubdirectory("wuhu-azurite-").FullName;
        return StartAsync(repoRoot, LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free(), location, ownsLocation: true, cancellationToken);
    }

    public static async Task<AzuriteLauncher> StartAsync(
        string repoRoot, int blobPort, int queuePort, int tablePort, string location, bool ownsLocation, CancellationToken cancellationToken = default)
    {
        var executable = ExecutablePath(repoRoot);
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                $"Azurite is not installed at {executable}. Run `npm ci` in {repoRoot} (package.json pins azurite 3.35.0).", executable);
        }

        Directory.CreateDirectory(location);
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = repoRoot,
        };
        foreach (var arg in new[]
                 {
                     "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--location", location,
                     "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(),
                 })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // Not executable, or its interpreter missing: say which file and why, not the runtime's bare message.
            throw new InvalidOperationException($"Could not run Azurite ({executable}): {e.Message}. Run `npm ci` in {repoRoot} to reinstall it.", e);
        }

        var errors = new OutputTail();
        process.ErrorDataReceived += (_, e) => errors.Add(e.Data);
        process.OutputDataReceived += (_, e) => errors.Add(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var launcher = new AzuriteLauncher(process, blobPort, queuePort, tablePort, ownsLocation ? location : null);

        var deadline = DateTime.UtcNow + StartTimeout;
        try
        {
            while (!(await AnswersAsync(blobPort) && await AnswersAsync(tablePort)))
            {
                if (process.HasExited)
                {
                    // Give the output readers a moment to deliver the last lines (the reason is usually there).
                    await process.WaitForExitAsync(cancellationToken);
                    throw new InvalidOperationException(
                        $"Azurite ({executable}) exited with code {process.ExitCode} before it answered on 127.0.0.1:{blobPort}/{tablePort}; " +
                        $"data folder {location}. {errors.Describe()}");
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException(
                        $"Azurite ({executable}, pid {launcher.ProcessId}) did not answer on 127.0.0.1:{blobPort}/{tablePort} within {StartTimeout.TotalSeconds:F0} s " +
                        $"and was stopped; data folder {location}. {errors.Describe()}");
                }

                await Task.Delay(100, cancellationToken);
            }
        }
        catch
        {
            // Failed or cancelled (Ctrl-C) while starting: stop the process and remove the folder it was given.
            await launcher.DisposeAsync();
            throw;
        }

        return launcher;
    }

    /// <summary>True when something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> AnswersAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Idempotent: a Process is unusable after Dispose ("No process is associated with this object").
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (ownedLocation is null && !process.HasExited)
            {
                // Data that outlives this process (the local state folder): Azurite writes its metadata
                // databases only every few seconds and on a clean shutdown, so ask it to stop first.
                await StopGracefullyAsync(TimeSpan.FromSeconds(15));
            }

            if (!process.HasExited)
            {
                // Our own child and its children only (npm shims may fork node).
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        if (ownedLocation is not null)
        {
            try { Directory.Delete(ownedLocation, recursive: true); }
            catch (IOException) { }
        }
    }

    private async Task StopGracefullyAsync(TimeSpan timeout)
    {
        if (OperatingSystem.IsWindows() || SendSignal(process.Id, SigTerm) != 0)
        {
            return; // falls back to killing the process tree
        }

        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            // Did not stop in time: killed by the caller.
        }
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    /// <summary>The last lines Azurite wrote (stdout and stderr): where it says why it stopped.</summary>
    private sealed class OutputTail
    {
        private const int MaxLines = 12;
        private readonly Queue<string> lines = new();

        public void Add(string? line)
        {
            if (string.IsNullOrWhiteSpace(line)) return;
            lock (lines)
            {
                lines.Enqueue(line);
                if (lines.Count > MaxLines) lines.Dequeue();
            }
        }

        public string Describe()
        {
            lock (lines)
            {
                return lines.Count == 0 ? "Azurite printed nothing." : "Azurite said:\n  " + string.Join("\n  ", lines);
            }
        }
    }
}
