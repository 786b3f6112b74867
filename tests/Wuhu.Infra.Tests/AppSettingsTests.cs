using System.Reflection;
using Wuhu.Functions;
using Wuhu.Storage;

namespace Wuhu.Infra.Tests;

/// <summary>The Bicep app settings match what the app reads (AppSettingNames), identity-based and key-free.</summary>
public sealed class AppSettingsTests
{
    /// <summary>What an identity-based storage connection needs (the Functions host and StorageConnectionFactory).</summary>
    private static readonly string[] IdentityConnectionSuffixes =
        ["__blobServiceUri", "__queueServiceUri", "__tableServiceUri", "__credential", "__clientId"];

    /// <summary>Connection names: the host storage and the app's own (the blob trigger's Connection).</summary>
    private static readonly string[] ConnectionNames = [AppSettingNames.HostStorage, AppSettingNames.StorageConnection];

    [Fact]
    public void Every_connection_is_identity_based_with_the_user_assigned_identity()
    {
        var settings = CompiledTemplate.AppSettings;

        foreach (var connection in ConnectionNames)
        {
            Assert.False(settings.ContainsKey(connection), $"'{connection}' must not be set: a connection string would need a key.");
            foreach (var suffix in IdentityConnectionSuffixes)
            {
                var name = connection + suffix;
                Assert.True(settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value), $"App setting '{name}' is missing.");
            }

            Assert.Equal("managedidentity", settings[connection + "__credential"]);
        }

        var clientIds = ConnectionNames.Select(connection => settings[connection + "__clientId"]).Distinct().ToList();
        Assert.Single(clientIds);
        // The same identity authenticates telemetry: "[parameters('x')]" appears inside the format() expression.
        Assert.Contains(clientIds[0].Trim('[', ']'), settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_setting_the_app_names_is_set()
    {
        var settings = CompiledTemplate.AppSettings;
        var names = typeof(AppSettingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();
        Assert.NotEmpty(names);

        foreach (var name in names)
        {
            // A plain setting (ReportSchedule), or a section/connection set through its "__" children.
            var isSet = settings.ContainsKey(name) || settings.Keys.Any(key => key.StartsWith(name + "__", StringComparison.Ordinal));
            Assert.True(isSet, $"AppSettingNames declares '{name}' but infra/modules/functionapp.bicep sets neither it nor '{name}__…'.");
        }

        Assert.True(settings.ContainsKey(AppSettingNames.ReportSchedule));
        Assert.True(settings.ContainsKey($"{WuhuOptions.SectionName}__{nameof(WuhuOptions.MaxUploadBytes)}"));
    }

    [Fact]
    public void Application_insights_uses_entra_authentication()
    {
        var settings = CompiledTemplate.AppSettings;

        Assert.True(settings.ContainsKey("APPLICATIONINSIGHTS_CONNECTION_STRING"));
        var authentication = settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];
        Assert.Contains("Authorization=AAD", authentication, StringComparison.Ordinal);
        Assert.Contains("ClientId=", authentication, StringComparison.Ordinal);
        Assert.False(settings.ContainsKey("APPINSIGHTS_INSTRUMENTATIONKEY"), "The instrumentation key setting is legacy local auth.");
    }

    [Fact]
    public void No_setting_holds_a_key_or_a_sas()
    {
        string[] forbidden = ["AccountKey=", "SharedAccessSignature", "sig=", "listKeys(", "listAccountSas(", "listServiceSas(", "DefaultEndpointsProtocol="];
        foreach (var (name, value) in CompiledTemplate.AppSettings)
        {
            foreach (var marker in forbidden)
            {
                Assert.False(value.Contains(marker, StringComparison.OrdinalIgnoreCase), $"App setting '{name}' contains '{marker}': {value}");
            }
        }

        // Nowhere else either: no key is ever read out of the storage account.
        Assert.DoesNotContain("listKeys(", CompiledTemplate.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_setting_that_flex_consumption_rejects()
    {
        // On Flex Consumption the runtime lives in functionAppConfig, and there is no content file share.
        string[] rejected = ["FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_CONTENTSHARE", "WEBSITE_RUN_FROM_PACKAGE"];
        foreach (var name in rejected)
        {
            Assert.False(CompiledTemplate.AppSettings.ContainsKey(name), $"'{name}' is not allowed on Flex Consumption.");
        }
    }
}
