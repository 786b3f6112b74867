namespace Wuhu.Bulletins.Tests.Support;

/// <summary>Where the repo's own samples and the shared real bulletin live, found from the test's working directory.</summary>
public static class SamplePaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string RepoSamples => Path.Combine(RepoRoot, "samples");

    /// <summary>The real 2023 bulletin shipped beside the repo (../shared/samples); absent in a bare clone.</summary>
    public static string SharedAnnual2023 => Path.Combine(RepoRoot, "..", "shared", "samples", "wuhu-2023-annual.txt");

    public static bool HasShared => File.Exists(SharedAnnual2023);

    private static string FindRepoRoot()
    {
        // Stamped at build time, so that builds with --artifacts-path outside the tree still find it.
        var stamped = typeof(SamplePaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (stamped is not null && File.Exists(Path.Combine(stamped, "Wuhu.Functions.sln"))) return Path.GetFullPath(stamped);

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wuhu.Functions.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Run the tests from inside the repository: Wuhu.Functions.sln was not found above " + AppContext.BaseDirectory);
    }
}
