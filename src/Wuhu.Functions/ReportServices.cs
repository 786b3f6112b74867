using Microsoft.Extensions.DependencyInjection;
using Wuhu.Reports;
using Wuhu.Reports.Rendering;
using Wuhu.Storage;
using Wuhu.Storage.Reports;

namespace Wuhu.Functions;

/// <summary>Registers what BuildReports and ReportsApi need (after AddWuhuStorage, which provides the StorageContext).</summary>
public static class ReportServices
{
    public static IServiceCollection AddWuhuReports(this IServiceCollection services)
    {
        // The one seam a different PDF library would replace.
        services.AddSingleton<IReportRenderer, SkiaPdfReportRenderer>();
        services.AddSingleton(sp => new ReportPublisher(sp.GetRequiredService<StorageContext>(), sp.GetRequiredService<IReportRenderer>()));
        services.AddSingleton(sp => new ReportCatalog(sp.GetRequiredService<StorageContext>()));
        return services;
    }
}
