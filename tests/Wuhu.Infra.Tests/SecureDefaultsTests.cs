using System.Text.Json;

namespace Wuhu.Infra.Tests;

/// <summary>The resources are secure by default and sized as issue 5 asks.</summary>
public sealed class SecureDefaultsTests
{
    // Built-in role definition ids.
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    private const string Contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    private const string StorageAccountContributor = "17d1049b-9a84-46fb-8f53-869881c3d3ab";

    [Fact]
    public void Storage_account_refuses_keys_public_blobs_and_old_tls()
    {
        var account = Assert.Single(CompiledTemplate.OfType("Microsoft.Storage/storageAccounts"));
        var properties = account.Properties;

        Assert.Equal("TLS1_2", properties.GetProperty("minimumTlsVersion").GetString());
        Assert.False(properties.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.False(properties.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.True(properties.GetProperty("supportsHttpsTrafficOnly").GetBoolean());
    }

    [Fact]
    public void Application_insights_sits_on_log_analytics_with_local_auth_disabled()
    {
        var insights = Assert.Single(CompiledTemplate.OfType("Microsoft.Insights/components"));

        Assert.True(insights.Properties.GetProperty("DisableLocalAuth").GetBoolean());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights.Properties.GetProperty("WorkspaceResourceId").GetString(), StringComparison.Ordinal);
        Assert.Single(CompiledTemplate.OfType("Microsoft.OperationalInsights/workspaces"));
    }

    [Fact]
    public void Function_app_runs_dotnet_10_isolated_on_flex_consumption()
    {
        var plan = Assert.Single(CompiledTemplate.OfType("Microsoft.Web/serverfarms"));
        Assert.Equal("FC1", plan.Resource.GetProperty("sku").GetProperty("name").GetString());
        Assert.Equal("FlexConsumption", plan.Resource.GetProperty("sku").GetProperty("tier").GetString());

        var app = Assert.Single(CompiledTemplate.OfType("Microsoft.Web/sites"));
        Assert.Equal("functionapp,linux", app.Resource.GetProperty("kind").GetString());
        Assert.True(app.Properties.GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("UserAssigned", app.Resource.GetProperty("identity").GetProperty("type").GetString());

        var config = app.Properties.GetProperty("functionAppConfig");
        Assert.Equal("dotnet-isolated", config.GetProperty("runtime").GetProperty("name").GetString());
        Assert.Equal("10.0", config.GetProperty("runtime").GetProperty("version").GetString());

        var scale = config.GetProperty("scaleAndConcurrency");
        Assert.Equal("[parameters('instanceMemoryMB')]", scale.GetProperty("instanceMemoryMB").GetString());
        Assert.Equal("[parameters('maximumInstanceCount')]", scale.GetProperty("maximumInstanceCount").GetString());

        var storage = config.GetProperty("deployment").GetProperty("storage");
        Assert.Equal("blobContainer", storage.GetProperty("type").GetString());
        Assert.Equal("UserAssignedIdentity", storage.GetProperty("authentication").GetProperty("type").GetString());
    }

    [Fact]
    public void Scale_settings_are_parameters_of_main_bicep()
    {
        var parameters = CompiledTemplate.Root.GetProperty("parameters");
        Assert.Equal(2048, parameters.GetProperty("instanceMemoryMB").GetProperty("defaultValue").GetInt32());
        Assert.True(parameters.GetProperty("maximumInstanceCount").GetProperty("defaultValue").GetInt32() >= 1);
    }

    [Fact]
    public void App_identity_gets_only_data_plane_roles()
    {
        var rbacTemplates = CompiledTemplate.OfType("Microsoft.Authorization/roleAssignments").Select(assignment => assignment.Template.GetRawText()).Distinct().ToList();
        var text = string.Join('\n', rbacTemplates);

        foreach (var role in new[] { StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor, MonitoringMetricsPublisher })
        {
            Assert.Contains(role, text, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var role in new[] { Owner, Contributor, StorageAccountContributor })
        {
            Assert.DoesNotContain(role, CompiledTemplate.Json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Event_grid_system_topic_watches_the_storage_account()
    {
        var topic = Assert.Single(CompiledTemplate.OfType("Microsoft.EventGrid/systemTopics"));
        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Properties.GetProperty("topicType").GetString());
        Assert.Equal(JsonValueKind.String, topic.Properties.GetProperty("source").ValueKind);
    }
}
