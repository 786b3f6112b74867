using System.CommandLine;
using Wuhu.Cli;

// On Ctrl-C the running command's token is cancelled and it gets this long to stop what it started (demo: its
// Azurite and temporary folders) before the process ends anyway.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) };
if (CliSettings.Problem() is { } problem)
{
    Console.Error.WriteLine($"error: {problem}");
    return 2;
}

try
{
    return await WuhuCommand.Build().Parse(args).InvokeAsync(invocation);
}
finally
{
    // A storage command may have started the local emulator over .wuhu/azurite; its data stays.
    await CliStorage.StopStartedEmulatorAsync();
}
