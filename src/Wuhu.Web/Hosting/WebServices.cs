using Microsoft.Extensions.DependencyInjection;
using Wuhu.Reports;
using Wuhu.Reports.Rendering;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Publishing;
using Wuhu.Storage.Reports;
using Wuhu.Web.Api;
using Wuhu.Web.Auth;

namespace Wuhu.Web.Hosting;

/// <summary>Registers <see cref="WebApp"/> over one storage context, for `wuhu serve` and the browser tests.</summary>
public static class WebServices
{
    public static IServiceCollection AddWuhuWebOver(this IServiceCollection services, StorageContext storage, IWebUserSource users)
    {
        var publisher = new BulletinPublisher(storage);
        var records = new IngestionRecordStore(storage);
        services.AddSingleton(storage);
        services.AddSingleton(users);
        services.AddSingleton(new BulletinIngestionService(storage, publisher, records));
        services.AddSingleton(records);
        services.AddSingleton(new PublishedPeriodReader(storage));
        services.AddSingleton(new ReportCatalog(storage));
        services.AddSingleton<IReportRenderer, SkiaPdfReportRenderer>();
        services.AddSingleton(sp => new ReportPublisher(storage, sp.GetRequiredService<IReportRenderer>()));
        services.AddSingleton<WebApp>();
        return services;
    }
}
