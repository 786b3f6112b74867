namespace Wuhu.Storage.Local;

/// <summary>Finds the repository root: the nearest folder upwards holding package.json (which pins Azurite).</summary>
public static class RepoRoot
{
    public static string? TryFind(params string?[] startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "package.json")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>Searches from the current directory, then from the running program's folder.</summary>
    public static string? TryFindDefault() => TryFind(Environment.CurrentDirectory, AppContext.BaseDirectory);
}
