using System.Diagnostics;
using System.Text.Json;

namespace Wuhu.Infra.Tests;

/// <summary>Runs the bicep binary shipped in the Azure.Bicep.CommandLine.linux-x64 NuGet package.</summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string ExecutablePath
    {
        get
        {
            var path = Path.Combine(RepositoryPaths.BicepPackage, "tools", "bicep");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The bicep binary is not at {path}; is the package restored for linux-x64?", path);
            }

            EnsureExecutable(path);
            return path;
        }
    }

    public static ProcessResult Run(params string[] arguments) => ProcessRunner.Run(ExecutablePath, arguments, RepositoryPaths.Infra, Timeout);

    /// <summary>Every diagnostic of a SARIF log, as "level ruleId: message (file:line)".</summary>
    public static IReadOnlyList<string> SarifDiagnostics(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var diagnostics = new List<string>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var location = result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    ? locations[0].GetProperty("physicalLocation")
                    : default;
                var where = location.ValueKind == JsonValueKind.Object
                    ? $"{location.GetProperty("artifactLocation").GetProperty("uri").GetString()}:{location.GetProperty("region").GetProperty("startLine").GetInt32()}"
                    : "?";
                diagnostics.Add($"{result.GetProperty("level").GetString()} {result.GetProperty("ruleId").GetString()}: " +
                    $"{result.GetProperty("message").GetProperty("text").GetString()} ({where})");
            }
        }

        return diagnostics;
    }

    // NuGet extracts files without the execute bit on some systems.
    private static void EnsureExecutable(string path)
    {
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }
    }
}

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);

internal static class ProcessRunner
{
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return new ProcessResult(process.ExitCode, standardOutput.GetAwaiter().GetResult(), standardError.GetAwaiter().GetResult());
    }
}
