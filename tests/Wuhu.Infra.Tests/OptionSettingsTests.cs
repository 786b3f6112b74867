using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wuhu.Storage;
using Wuhu.Web;

namespace Wuhu.Infra.Tests;

/// <summary>
/// Every option the app binds from configuration (WuhuOptions, section "Wuhu"; WebOptions, "Wuhu:Web") is an app
/// setting in the Bicep, and what the Bicep sets by default is the code's default: a setting added to the code
/// without the Bicep (or with another default there) fails here.
/// </summary>
public sealed partial class OptionSettingsTests
{
    private static readonly (Type Type, string Section)[] BoundOptions =
    [
        (typeof(WuhuOptions), WuhuOptions.SectionName),
        (typeof(WebOptions), WebOptions.SectionName),
    ];

    public static TheoryData<string, string> OptionSettings()
    {
        var data = new TheoryData<string, string>();
        foreach (var (type, section) in BoundOptions)
        {
            var defaults = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
            {
                data.Add($"{section.Replace(":", "__", StringComparison.Ordinal)}__{property.Name}", Format(property.GetValue(defaults)));
            }
        }

        return data;
    }

    [Fact]
    public void The_options_include_the_task_cap()
    {
        Assert.Contains(OptionSettings(), row => (string)row[0] == "Wuhu__MaxTasksPerBulletin" && (string)row[1] == "2000");
    }

    [Theory]
    [MemberData(nameof(OptionSettings))]
    public void Every_option_is_an_app_setting_with_the_codes_default(string setting, string codeDefault)
    {
        var settings = CompiledTemplate.AppSettings;

        Assert.True(settings.TryGetValue(setting, out var value), $"The app reads '{setting}' but infra/modules/functionapp.bicep does not set it.");
        Assert.Equal(codeDefault, BicepDefault(value));
    }

    /// <summary>The value the setting gets when main.bicep is deployed with its parameter defaults.</summary>
    private static string BicepDefault(string value)
    {
        if (!value.StartsWith('['))
        {
            return value;
        }

        if (ParameterPattern().Match(value) is { Success: true } parameter)
        {
            return Format(MainDefault(parameter.Groups["name"].Value));
        }

        if (IfEmptyPattern().Match(value) is { Success: true } choice)
        {
            var empty = MainDefault(choice.Groups["name"].Value) is JsonElement { ValueKind: JsonValueKind.String } text && text.GetString()!.Length == 0;
            return choice.Groups[empty ? "whenEmpty" : "otherwise"].Value;
        }

        Assert.Fail($"Cannot tell the default of the app setting expression {value}; teach OptionSettingsTests.");
        return "";
    }

    /// <summary>Follows a parameter of the function app module to the main.bicep parameter it is given, and returns that one's default.</summary>
    private static JsonElement MainDefault(string moduleParameter)
    {
        var module = CompiledTemplate.OfType("Microsoft.Resources/deployments")
            .Single(deployment => deployment.Properties.GetProperty("template").TryGetProperty("resources", out _)
                && deployment.Properties.GetProperty("parameters").TryGetProperty(moduleParameter, out _)
                && CompiledTemplate.OfType("Microsoft.Web/sites/config").Any(config => config.Template.Equals(deployment.Properties.GetProperty("template"))));
        var passed = module.Properties.GetProperty("parameters").GetProperty(moduleParameter).GetProperty("value").GetString()!;
        var main = ParameterPattern().Match(passed);
        Assert.True(main.Success, $"The function app module's '{moduleParameter}' is given {passed}, not a main.bicep parameter.");
        var definition = CompiledTemplate.Root.GetProperty("parameters").GetProperty(main.Groups["name"].Value);
        Assert.True(definition.TryGetProperty("defaultValue", out var defaultValue), $"main.bicep parameter '{main.Groups["name"].Value}' has no default.");
        return defaultValue;
    }

    private static string Format(object? value) => value switch
    {
        bool flag => flag ? "true" : "false",
        JsonElement { ValueKind: JsonValueKind.String } text => text.GetString()!,
        JsonElement { ValueKind: JsonValueKind.True } => "true",
        JsonElement { ValueKind: JsonValueKind.False } => "false",
        JsonElement other => other.GetRawText(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    /// <summary>"[parameters('x')]" or "[string(parameters('x'))]".</summary>
    [GeneratedRegex(@"^\[(?:string\()?parameters\('(?<name>\w+)'\)\)?\]$")]
    private static partial Regex ParameterPattern();

    /// <summary>"[if(empty(parameters('x')), 'a', 'b')]".</summary>
    [GeneratedRegex(@"^\[if\(empty\(parameters\('(?<name>\w+)'\)\), '(?<whenEmpty>[^']*)', '(?<otherwise>[^']*)'\)\]$")]
    private static partial Regex IfEmptyPattern();
}
