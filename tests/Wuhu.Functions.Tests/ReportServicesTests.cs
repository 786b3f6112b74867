using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wuhu.Reports;
using Wuhu.Reports.Rendering;

namespace Wuhu.Functions.Tests;

/// <summary>The registrations Program.cs uses give every function class everything it asks for.</summary>
public sealed class ReportServicesTests
{
    [Fact]
    public void Every_function_class_resolves_from_the_app_registrations()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["BulletinStorage"] = "UseDevelopmentStorage=true" });
        builder.Services.AddLogging();
        builder.Services.AddWuhuFunctions(builder.Configuration);
        using var host = builder.Build();

        Assert.IsType<SkiaPdfReportRenderer>(host.Services.GetRequiredService<IReportRenderer>());
        var functionClasses = typeof(BuildReports).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes(typeof(Microsoft.Azure.Functions.Worker.FunctionAttribute), false).Length > 0))
            .ToList();
        Assert.Equal(["BuildReports", "IngestBulletin", "ListBulletins", "RederivePeriods", "ReportsApi", "WebFunctions"], functionClasses.Select(t => t.Name).Order());
        Assert.All(functionClasses, type => Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, type)));
    }
}
