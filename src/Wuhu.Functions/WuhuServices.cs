using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Maintenance;
using Wuhu.Storage.Publishing;
using Wuhu.Storage.Rederivation;
using Wuhu.Web;
using Wuhu.Web.Api;
using Wuhu.Web.Auth;

namespace Wuhu.Functions;

/// <summary>Registers storage and ingestion services; settings are validated when the host starts (fail fast).</summary>
public static class WuhuServices
{
    /// <summary>Everything the function classes need; Program.cs calls exactly this, and a test resolves every function from it.</summary>
    public static IServiceCollection AddWuhuFunctions(this IServiceCollection services, IConfiguration configuration) =>
        services.AddWuhuStorage(configuration).AddWuhuReports().AddWuhuWeb(configuration);

    /// <summary>The web app: its handlers and who the caller is (App Service authentication's principal, when trusted).</summary>
    public static IServiceCollection AddWuhuWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.SectionName));
        services.AddSingleton<IWebUserSource>(sp => new PlatformSignIn(sp.GetRequiredService<IOptions<WebOptions>>().Value.TrustPlatformSignIn));
        services.AddSingleton<WebApp>();
        return services;
    }

    public static IServiceCollection AddWuhuStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WuhuOptions>()
            .Bind(configuration.GetSection(WuhuOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<StorageConnectionOptions>()
            .Configure(o => o.Settings = StorageConnectionSettings.Read(configuration, AppSettingNames.StorageConnection))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageConnectionOptions>, StorageConnectionValidation>();

        services.AddSingleton(sp => StorageConnectionFactory.Create(
            sp.GetRequiredService<IOptions<StorageConnectionOptions>>().Value.Settings!,
            sp.GetRequiredService<IOptions<WuhuOptions>>().Value));
        services.AddSingleton(sp => new BulletinPublisher(sp.GetRequiredService<StorageContext>()));
        services.AddSingleton(sp => new IngestionRecordStore(sp.GetRequiredService<StorageContext>()));
        services.AddSingleton(sp => new PublishedPeriodReader(sp.GetRequiredService<StorageContext>()));
        services.AddSingleton(sp => new BulletinIngestionService(
            sp.GetRequiredService<StorageContext>(),
            sp.GetRequiredService<BulletinPublisher>(),
            sp.GetRequiredService<IngestionRecordStore>()));
        services.AddSingleton(sp => new BulletinRederivationService(
            sp.GetRequiredService<StorageContext>(),
            sp.GetRequiredService<BulletinPublisher>(),
            sp.GetRequiredService<IngestionRecordStore>()));
        services.AddSingleton(sp => new StorageMaintenanceService(sp.GetRequiredService<BulletinRederivationService>()));
        return services;
    }
}
