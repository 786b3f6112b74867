using Wuhu.Cli;

try
{
    return await WuhuCommand.Build().Parse(args).InvokeAsync();
}
finally
{
    // A storage command may have started the local emulator over .wuhu/azurite; its data stays.
    await CliStorage.StopStartedEmulatorAsync();
}
