using System.Text.Json;
using Wuhu.Functions;

namespace Wuhu.Infra.Tests;

/// <summary>
/// Web sign-in: App Service authentication with Microsoft Entra ID on the function app, configured when an
/// app registration's client id is given, and the app told to trust the platform's principal only then.
/// </summary>
public sealed class SignInTests
{
    private static TemplateResource AuthSettings() =>
        Assert.Single(CompiledTemplate.OfType("Microsoft.Web/sites/config"), r => r.Name.Contains("'authsettingsV2'", StringComparison.Ordinal));

    [Fact]
    public void Entra_sign_in_is_configured_on_the_function_app_when_a_client_id_is_given()
    {
        var auth = AuthSettings();
        Assert.Equal("[not(empty(parameters('authClientId')))]", auth.Resource.GetProperty("condition").GetString());
        var properties = auth.Properties;
        Assert.True(properties.GetProperty("platform").GetProperty("enabled").GetBoolean());

        var entra = properties.GetProperty("identityProviders").GetProperty("azureActiveDirectory");
        Assert.True(entra.GetProperty("enabled").GetBoolean());
        Assert.Equal("[parameters('authClientId')]", entra.GetProperty("registration").GetProperty("clientId").GetString());
        Assert.Contains("tenant().tenantId", entra.GetProperty("registration").GetProperty("openIdIssuer").GetString(), StringComparison.Ordinal);
        // No client secret: nothing secret in app settings (sign-in uses the ID token, which carries the roles).
        Assert.False(entra.GetProperty("registration").TryGetProperty("clientSecretSettingName", out _));
    }

    [Fact]
    public void Anonymous_requests_reach_the_app_which_redirects_pages_and_refuses_the_api()
    {
        // Function keys must keep working for automation, and the web API must answer 401 rather than a
        // redirect: the app decides (Wuhu.Web), so the platform lets unauthenticated requests through.
        var validation = AuthSettings().Properties.GetProperty("globalValidation");
        Assert.False(validation.GetProperty("requireAuthentication").GetBoolean());
        Assert.Equal("AllowAnonymous", validation.GetProperty("unauthenticatedClientAction").GetString());
        Assert.True(AuthSettings().Properties.GetProperty("httpSettings").GetProperty("requireHttps").GetBoolean());
    }

    [Fact]
    public void The_app_trusts_the_signed_in_principal_only_when_sign_in_is_configured()
    {
        var settings = CompiledTemplate.AppSettings;
        Assert.True(settings.TryGetValue(AppSettingNames.TrustPlatformSignIn, out var trust), $"{AppSettingNames.TrustPlatformSignIn} is not set");
        Assert.Equal("[if(empty(parameters('authClientId')), 'false', 'true')]", trust);
    }

    [Fact]
    public void The_client_id_comes_from_the_azd_environment()
    {
        using var parameters = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "main.parameters.json")));
        Assert.Equal("${WUHU_AUTH_CLIENT_ID=}", parameters.RootElement.GetProperty("parameters").GetProperty("authClientId").GetProperty("value").GetString());
    }
}
