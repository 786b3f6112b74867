using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wuhu.Infra.Tests;

/// <summary>azure.yaml, main.parameters.json, the hooks and the Bicep outputs fit together.</summary>
public sealed partial class DeploymentWiringTests
{
    [Fact]
    public void Parameters_file_covers_every_required_parameter_and_nothing_unknown()
    {
        var declared = CompiledTemplate.Root.GetProperty("parameters").EnumerateObject().ToDictionary(parameter => parameter.Name, parameter => parameter.Value);
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "main.parameters.json")));
        var supplied = file.RootElement.GetProperty("parameters").EnumerateObject().Select(parameter => parameter.Name).ToHashSet();

        foreach (var name in supplied)
        {
            Assert.True(declared.ContainsKey(name), $"main.parameters.json sets '{name}', which main.bicep does not declare.");
        }

        foreach (var (name, parameter) in declared.Where(pair => !pair.Value.TryGetProperty("defaultValue", out _)))
        {
            Assert.True(supplied.Contains(name), $"main.bicep parameter '{name}' has no default and main.parameters.json does not set it.");
        }
    }

    [Theory]
    [InlineData("postdeploy.sh")]
    [InlineData("postdeploy.ps1")]
    public void Every_variable_a_hook_requires_is_a_bicep_output(string hook)
    {
        var outputs = CompiledTemplate.Root.GetProperty("outputs").EnumerateObject().Select(output => output.Name).ToHashSet();
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "hooks", hook));
        var required = RequiredVariablePattern().Matches(script).Select(match => match.Value).Distinct().ToList();

        Assert.Contains("AZURE_FUNCTION_APP_NAME", required);
        foreach (var name in required)
        {
            Assert.True(outputs.Contains(name), $"{hook} requires {name}, which main.bicep does not output.");
        }
    }

    [Fact]
    public void Azure_yaml_points_at_the_function_project_and_existing_hooks()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "azure.yaml"));

        var project = YamlValue(yaml, "project");
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, project, "Wuhu.Functions.csproj")), $"azure.yaml project '{project}' has no Wuhu.Functions.csproj.");
        Assert.Equal("dotnet", YamlValue(yaml, "language"));
        Assert.Equal("function", YamlValue(yaml, "host"));
        Assert.Contains("postdeploy:", yaml, StringComparison.Ordinal);

        var runs = RunPattern().Matches(yaml).Select(match => match.Groups["path"].Value).ToList();
        Assert.Equal(2, runs.Count);
        foreach (var run in runs)
        {
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, run)), $"azure.yaml runs '{run}', which does not exist.");
        }
    }

    [Fact]
    public void Posix_hook_is_executable()
    {
        var mode = File.GetUnixFileMode(Path.Combine(RepositoryPaths.Infra, "hooks", "postdeploy.sh"));
        Assert.True((mode & UnixFileMode.UserExecute) != 0, "infra/hooks/postdeploy.sh must be executable (chmod +x).");
    }

    private static string YamlValue(string yaml, string key)
    {
        var match = Regex.Match(yaml, $@"^\s*{key}:\s*(?<value>\S+)\s*$", RegexOptions.Multiline);
        Assert.True(match.Success, $"azure.yaml has no '{key}:'.");
        return match.Groups["value"].Value;
    }

    // Upper-case names the hooks read from azd's environment and check up front.
    [GeneratedRegex(@"\b(?:AZURE|EVENT_GRID|BULLETINS|INGEST)_[A-Z_]+\b(?<!AZURE_SUBSCRIPTION_ID)(?<!EVENT_GRID_SUBSCRIPTION_NAME)")]
    private static partial Regex RequiredVariablePattern();

    [GeneratedRegex(@"^\s*run:\s*(?<path>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex RunPattern();
}
