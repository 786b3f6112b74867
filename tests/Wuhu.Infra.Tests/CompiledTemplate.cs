using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wuhu.Infra.Tests;

/// <summary>A resource of the compiled ARM template and the (nested module) template declaring it.</summary>
internal sealed record TemplateResource(JsonElement Resource, JsonElement Template)
{
    public string Type => Resource.GetProperty("type").GetString()!;

    public string Name => Resource.GetProperty("name").GetString()!;

    public JsonElement Properties => Resource.GetProperty("properties");
}

/// <summary>infra/main.bicep compiled once per test run with `bicep build --stdout`.</summary>
internal static partial class CompiledTemplate
{
    private static readonly Lazy<JsonDocument> Document = new(Build);

    public static JsonElement Root => Document.Value.RootElement;

    public static string Json => Root.GetRawText();

    /// <summary>Every resource, including those of nested module deployments.</summary>
    public static IReadOnlyList<TemplateResource> Resources
    {
        get
        {
            var found = new List<TemplateResource>();
            Collect(Root, found);
            return found;
        }
    }

    public static IReadOnlyList<TemplateResource> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The function app settings: name to value (a literal or an ARM expression).</summary>
    public static IReadOnlyDictionary<string, string> AppSettings
    {
        get
        {
            var configs = OfType("Microsoft.Web/sites/config").Where(config => config.Name.Contains("'appsettings'", StringComparison.Ordinal)).ToList();
            Assert.True(configs.Count == 1, $"Expected exactly one Microsoft.Web/sites/config 'appsettings' resource, found {configs.Count}.");
            var properties = configs[0].Properties;
            Assert.True(properties.ValueKind == JsonValueKind.Object,
                "The appsettings properties must be a literal object (not union()/an expression) so the setting names can be checked.");
            return properties.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.ValueKind == JsonValueKind.String
                ? property.Value.GetString()!
                : property.Value.GetRawText());
        }
    }

    /// <summary>
    /// Names a copy-loop resource is created with, resolved from the literal array variable its name indexes
    /// (e.g. "[format(..., variables('tableNames')[copyIndex()])]"); a plain literal last segment otherwise.
    /// </summary>
    public static IReadOnlyList<string> ResolvedNames(TemplateResource resource)
    {
        var loop = LoopVariablePattern().Match(resource.Name);
        if (loop.Success)
        {
            var variable = resource.Template.GetProperty("variables").GetProperty(loop.Groups["name"].Value);
            return variable.EnumerateArray().Select(item => item.GetString()!).ToList();
        }

        var literal = LastLiteralSegmentPattern().Match(resource.Name);
        return literal.Success ? [literal.Groups["name"].Value] : [];
    }

    private static void Collect(JsonElement template, List<TemplateResource> found)
    {
        if (!template.TryGetProperty("resources", out var resources))
        {
            return;
        }

        // languageVersion 2.0 templates hold resources in an object keyed by symbolic name.
        var items = resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray().ToList()
            : resources.EnumerateObject().Select(property => property.Value).ToList();
        foreach (var resource in items)
        {
            found.Add(new TemplateResource(resource, template));
            if (resource.GetProperty("type").GetString() == "Microsoft.Resources/deployments"
                && resource.TryGetProperty("properties", out var properties)
                && properties.TryGetProperty("template", out var nested))
            {
                Collect(nested, found);
            }
        }
    }

    private static JsonDocument Build()
    {
        var result = BicepCli.Run("build", RepositoryPaths.MainBicep, "--stdout", "--no-restore", "--diagnostics-format", "sarif");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build failed ({result.ExitCode}):\n{result.StandardError}");
        }

        return JsonDocument.Parse(result.StandardOutput);
    }

    [GeneratedRegex(@"variables\('(?<name>\w+)'\)\[copyIndex\(\)\]")]
    private static partial Regex LoopVariablePattern();

    [GeneratedRegex(@"'(?<name>[^']+)'\)\]$")]
    private static partial Regex LastLiteralSegmentPattern();
}
