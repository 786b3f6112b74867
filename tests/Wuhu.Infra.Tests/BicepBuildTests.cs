namespace Wuhu.Infra.Tests;

/// <summary>CI gate of issue 5: the Bicep compiles and lints with zero errors and zero warnings, offline.</summary>
public sealed class BicepBuildTests
{
    [Fact]
    public void Build_has_no_errors_or_warnings()
    {
        var result = BicepCli.Run("build", RepositoryPaths.MainBicep, "--stdout", "--no-restore", "--diagnostics-format", "sarif");

        var diagnostics = BicepCli.SarifDiagnostics(result.StandardError);
        Assert.True(result.ExitCode == 0 && diagnostics.Count == 0,
            $"bicep build exited {result.ExitCode} with {diagnostics.Count} diagnostic(s):\n{string.Join('\n', diagnostics)}");
        Assert.StartsWith("{", result.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_has_no_errors_or_warnings()
    {
        var result = BicepCli.Run("lint", RepositoryPaths.MainBicep, "--no-restore", "--diagnostics-format", "sarif");

        var diagnostics = BicepCli.SarifDiagnostics(result.StandardOutput);
        Assert.True(result.ExitCode == 0 && diagnostics.Count == 0,
            $"bicep lint exited {result.ExitCode} with {diagnostics.Count} diagnostic(s):\n{string.Join('\n', diagnostics)}\n{result.StandardError}");
    }

    [Fact]
    public void Every_module_is_a_local_file()
    {
        // Registry modules (br:, ts:) would need the network to restore; the template must compile offline.
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Infra, "*.bicep", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file).Where(line => line.TrimStart().StartsWith("module ", StringComparison.Ordinal)))
            {
                var path = line.Split('\'')[1];
                Assert.False(path.Contains(':', StringComparison.Ordinal), $"{file}: module '{path}' is not a local file.");
                Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, path)), $"{file}: module file '{path}' does not exist.");
            }
        }
    }
}
