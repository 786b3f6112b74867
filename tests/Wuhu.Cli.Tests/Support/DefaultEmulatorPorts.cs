namespace Wuhu.Cli.Tests.Support;

/// <summary>Tests that run the local emulator on its default ports 10000–10002 (demo, serve): one at a time.</summary>
[CollectionDefinition(Collection)]
public sealed class DefaultEmulatorPorts
{
    public const string Collection = "Default emulator ports";
}
