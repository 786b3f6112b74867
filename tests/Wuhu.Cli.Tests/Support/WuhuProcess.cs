using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Wuhu.Cli.Tests.Support;

/// <summary>
/// The built `wuhu` run as its own process, as a user runs it, so that Ctrl-C (SIGINT) can be sent to it. Started
/// through `env --default-signal=INT` (GNU coreutils): a job started in the background by a non-interactive shell
/// (as CI runs the tests) ignores SIGINT, children inherit that, and .NET keeps an inherited "ignore", so without the
/// reset the signal would never arrive. Its output is collected line by line.
/// </summary>
internal sealed class WuhuProcess : IDisposable
{
    private const int SigInt = 2;
    private readonly Process process;
    private readonly List<string> stdout = [];
    private readonly List<string> stderr = [];
    private readonly SemaphoreSlim lineArrived = new(0);

    private WuhuProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Add(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Add(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int ProcessId => process.Id;

    public string Stdout { get { lock (stdout) return string.Join('\n', stdout); } }

    public string Stderr { get { lock (stderr) return string.Join('\n', stderr); } }

    public static WuhuProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("/usr/bin/env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "wuhu.dll") }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new WuhuProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start wuhu"));
    }

    /// <summary>Waits until a line of stdout or stderr matches; fails with everything seen if the process ends or time runs out first.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            string[] lines;
            lock (stdout) lock (stderr) lines = [.. stdout, .. stderr];
            if (lines.Select(line => pattern.Match(line)).FirstOrDefault(m => m.Success) is { } match)
            {
                return match;
            }

            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero && !process.HasExited,
                $"wuhu {(process.HasExited ? "ended" : "is still running")} without printing a line matching {pattern}:\n{Stdout}\n{Stderr}");
            await lineArrived.WaitAsync(TimeSpan.FromMilliseconds(Math.Min(200, left.TotalMilliseconds)));
        }
    }

    /// <summary>What Ctrl-C in a terminal does to the foreground process.</summary>
    public void Interrupt()
    {
        Assert.False(SigIntIgnored(process.Id), "wuhu ignores SIGINT (inherited); the test would prove nothing");
        Assert.Equal(0, Kill(process.Id, SigInt));
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"wuhu did not end within {timeout.TotalSeconds:F0} s:\n{Stdout}\n{Stderr}");
        }

        return process.ExitCode;
    }

    /// <summary>True while a process with this id exists (and is not a zombie waiting for its parent).</summary>
    public static bool IsRunning(int pid)
    {
        var status = $"/proc/{pid}/status";
        try
        {
            return File.ReadLines(status).FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal)) is { } state && !state.Contains("zombie", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        lineArrived.Dispose();
    }

    private void Add(List<string> lines, string? line)
    {
        if (line is null) return;
        lock (lines) lines.Add(line);
        lineArrived.Release();
    }

    /// <summary>Bit 1 (SIGINT) of SigIgn in /proc/PID/status.</summary>
    private static bool SigIntIgnored(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 0x2) != 0;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
