using Wuhu.Cli;

return await WuhuCommand.Build().Parse(args).InvokeAsync();
