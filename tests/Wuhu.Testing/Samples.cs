using System.Reflection;
using Wuhu.Storage.Local;

namespace Wuhu.Testing;

/// <summary>Where test inputs live: the repository's samples/ and, when present, the shared real sample.</summary>
public static class Samples
{
    /// <summary>The repository the tests were built from (recorded at build time: output may live outside the tree).</summary>
    public static string RepoRoot { get; } = Storage.Local.RepoRoot.TryFind(BuiltFrom(), AppContext.BaseDirectory, Environment.CurrentDirectory)
        ?? throw new InvalidOperationException($"No package.json above {BuiltFrom()} or {AppContext.BaseDirectory}: run the tests from inside the repository.");

    private static string? BuiltFrom() => typeof(Samples).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "WuhuRepoRoot")?.Value;

    /// <summary>The repository's own small samples (committed; tests may rely on them).</summary>
    public static string RepoSamples => Path.Combine(RepoRoot, "samples");

    /// <summary>../shared/samples next to the repository, if this machine has it (not in a fresh clone).</summary>
    public static string? SharedSamples =>
        Path.Combine(Path.GetDirectoryName(RepoRoot)!, "shared", "samples") is var dir && Directory.Exists(dir) ? dir : null;

    /// <summary>The real 2023 annual bulletin (129 tasks), or null when ../shared/samples is absent.</summary>
    public static string? Annual2023 =>
        SharedSamples is { } dir && Path.Combine(dir, "wuhu-2023-annual.txt") is var file && File.Exists(file) ? file : null;
}
