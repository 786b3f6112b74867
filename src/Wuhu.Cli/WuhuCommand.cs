using System.CommandLine;

namespace Wuhu.Cli;

/// <summary>The root `wuhu` command; each verb lives in its own file and registers itself here.</summary>
public static class WuhuCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Wuhu bulletin pipeline: parse bulletins, ingest them into storage, build PDF reports.");
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(RederiveCommand.Create());
        root.Subcommands.Add(SweepCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}
