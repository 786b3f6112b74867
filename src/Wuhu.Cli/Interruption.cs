using System.Runtime.InteropServices;

namespace Wuhu.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM for every command: the running command's token is cancelled and the process stays
/// alive while the command stops what it started (demo and the storage verbs: the emulator) and removes its
/// temporary files, for at most <see cref="CleanupTimeout"/>. An <see cref="OperationCanceledException"/> that leaves
/// a command after that is reported as "Interrupted." with exit code 130, while one from anything else (an SDK
/// timeout) is an error. Done here rather than by System.CommandLine, whose handler turns a cancelled command into a
/// silent exit code 1 and would only tell us about the signal after the command had ended.
/// </summary>
public sealed class Interruption : IDisposable
{
    /// <summary>Exit code after Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int ExitCode = 130;

    /// <summary>Exit code after SIGTERM (128 + 15).</summary>
    public const int TerminatedExitCode = 143;

    public const string Message = "Interrupted.";

    /// <summary>How long a cancelled command may take to clean up before the process ends anyway.</summary>
    public static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(15);

    private readonly CancellationTokenSource cancellation = new();
    private readonly PosixSignalRegistration sigInt;
    private readonly PosixSignalRegistration sigTerm;
    private int requested;
    private volatile bool terminated;

    public Interruption()
    {
        sigInt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        sigTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled on the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => cancellation.Token;

    public bool Requested => Volatile.Read(ref requested) == 1;

    /// <summary>130 after Ctrl-C, 143 after SIGTERM.</summary>
    public int RequestedExitCode => terminated ? TerminatedExitCode : ExitCode;

    public void Dispose()
    {
        sigInt.Dispose();
        sigTerm.Dispose();
        cancellation.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive: the command cleans up and returns.
        context.Cancel = true;
        if (Interlocked.Exchange(ref requested, 1) == 1)
        {
            return;
        }

        terminated = context.Signal == PosixSignal.SIGTERM;
        cancellation.Cancel();
        _ = Task.Delay(CleanupTimeout).ContinueWith(_ =>
        {
            Console.Error.WriteLine($"Still stopping after {CleanupTimeout.TotalSeconds:F0} s; exiting.");
            Environment.Exit(RequestedExitCode);
        }, TaskScheduler.Default);
    }
}
