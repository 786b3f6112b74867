using Wuhu.Bulletins.Model;

namespace Wuhu.Benchmarks;

/// <summary>Inputs found from the repository root: the real 2023 bulletin when ../shared is present, else our own annual sample.</summary>
internal static class BenchmarkInputs
{
    public static string RepoRoot { get; } = Find();

    /// <summary>
    /// The synthetic 10,000-task bulletin is a stress input far above the product's task cap
    /// (Wuhu:MaxTasksPerBulletin, default 2,000): benchmarks parse without the cap.
    /// </summary>
    public static BulletinParseOptions Uncapped { get; } = new() { MaxTasks = int.MaxValue };

    public static string AnnualBulletin
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "samples", "wuhu-2023-annual.txt"));
            return File.Exists(shared) ? shared : Path.Combine(RepoRoot, "samples", "wuhu-2024-annual.txt");
        }
    }

    private static string Find()
    {
        var stamped = typeof(BenchmarkInputs).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "Wuhu.Functions.sln"))) return Path.GetFullPath(stamped);
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Wuhu.Functions.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository (Wuhu.Functions.sln not found).");
    }
}
