using System.CommandLine;
using Wuhu.Cli;

// On Ctrl-C the running command's token is cancelled and it gets this long to stop what it started (demo: its
// Azurite and temporary folders) before the process ends anyway.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) };
return await WuhuCommand.Build().Parse(args).InvokeAsync(invocation);
