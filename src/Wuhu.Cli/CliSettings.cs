using Wuhu.Bulletins.Model;
using Wuhu.Storage;

namespace Wuhu.Cli;

/// <summary>The function app's settings that the CLI honours, read once from the environment (Wuhu__MaxTasksPerBulletin).</summary>
internal static class CliSettings
{
    private static readonly Lazy<WuhuOptions> Loaded = new(WuhuOptions.FromEnvironment);

    public static WuhuOptions Options => Loaded.Value;

    public static BulletinParseOptions ParseOptions => Options.ParseOptions;

    /// <summary>Null when the environment's settings are usable, else the message naming the bad one.</summary>
    public static string? Problem()
    {
        try
        {
            _ = Loaded.Value;
            return null;
        }
        catch (ArgumentException bad)
        {
            return bad.Message;
        }
    }
}
