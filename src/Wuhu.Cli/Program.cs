using System.CommandLine;
using Wuhu.Cli;

// Ctrl-C cancels the running command's token (Interruption); the command stops what it started and returns.
// Exceptions are reported here rather than by System.CommandLine's handler (which exits 1 without a word on a
// cancelled command).
using var interruption = new Interruption();
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
if (CliSettings.Problem() is { } problem)
{
    Console.Error.WriteLine($"error: {problem}");
    return 2;
}

try
{
    return await WuhuCommand.Build().Parse(args).InvokeAsync(invocation, interruption.Token);
}
catch (OperationCanceledException) when (interruption.Requested)
{
    Console.Error.WriteLine(Interruption.Message);
    return interruption.RequestedExitCode;
}
catch (Exception e)
{
    // A failure no command anticipated: say what it was, with the stack for a bug report.
    Console.Error.WriteLine($"error: unexpected failure: {e}");
    return 1;
}
finally
{
    // A storage command may have started the local emulator over .wuhu/azurite; its data stays.
    await CliStorage.StopStartedEmulatorAsync();
}
