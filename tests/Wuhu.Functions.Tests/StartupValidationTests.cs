using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;

namespace Wuhu.Functions.Tests;

/// <summary>The app's registration (as Program.cs uses it) fails at start-up, naming the bad setting.</summary>
public sealed class StartupValidationTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddWuhuStorage(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task Missing_storage_connection_fails_start_naming_the_settings()
    {
        using var host = Build(new() { ["Wuhu:MaxUploadBytes"] = "1000" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("'BulletinStorage' is not configured", error.Message);
        Assert.Contains("BulletinStorage__blobServiceUri", error.Message);
    }

    [Fact]
    public async Task Half_configured_identity_connection_names_the_missing_uri()
    {
        using var host = Build(new() { ["BulletinStorage:blobServiceUri"] = "https://acct.blob.core.windows.net" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("no 'BulletinStorage__tableServiceUri'", error.Message);
    }

    [Theory]
    [InlineData("Wuhu:MaxUploadBytes", "0", "MaxUploadBytes")]
    [InlineData("Wuhu:TablePrefix", "9bad", "TablePrefix")]
    [InlineData("Wuhu:BulletinsContainer", "Bad_Name", "container names")]
    public async Task Invalid_wuhu_option_fails_start_with_its_message(string key, string value, string expected)
    {
        using var host = Build(new() { ["BulletinStorage"] = "UseDevelopmentStorage=true", [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Valid_settings_resolve_the_ingestion_service_with_bound_options()
    {
        using var host = Build(new()
        {
            ["BulletinStorage"] = "UseDevelopmentStorage=true",
            ["Wuhu:MaxUploadBytes"] = "1234",
            ["Wuhu:TablePrefix"] = "abc",
        });

        Assert.NotNull(host.Services.GetRequiredService<BulletinIngestionService>());
        var storage = host.Services.GetRequiredService<StorageContext>();
        Assert.Equal((1234L, "abcingestions"), (storage.Options.MaxUploadBytes, storage.Ingestions.Name));
    }

    [Fact]
    public void Identity_based_connection_builds_clients_for_the_service_uris()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BulletinStorage:blobServiceUri"] = "https://acct.blob.core.windows.net",
            ["BulletinStorage:tableServiceUri"] = "https://acct.table.core.windows.net",
            ["BulletinStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }).Build();

        var storage = StorageConnectionFactory.Create(configuration, AppSettingNames.StorageConnection);

        Assert.Equal("https://acct.blob.core.windows.net/", storage.BlobService.Uri.ToString());
        Assert.Equal("acct", storage.TableService.AccountName);
    }
}
