using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wuhu.Web.Api;

namespace Wuhu.Web.Hosting;

/// <summary>
/// The web app's routes on a plain ASP.NET Core host (`wuhu serve`): the same <see cref="WebRoutes"/> and
/// handlers as the function app's thin functions in Wuhu.Functions/WebFunctions.cs.
/// </summary>
public static class WebEndpoints
{
    public static IEndpointRouteBuilder MapWuhuWeb(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Redirect(WebRoutes.PagePath));
        app.MapGet("/" + WebRoutes.Page, (HttpRequest r, WebApp web) => web.Page(r)); // also matches "/app/"
        app.MapGet("/" + WebRoutes.Me, (HttpRequest r, WebApp web) => web.Me(r));
        app.MapPost("/" + WebRoutes.Uploads, (HttpRequest r, WebApp web, CancellationToken ct) => web.UploadAsync(r, ct));
        app.MapGet("/" + WebRoutes.Ingestions, (HttpRequest r, WebApp web, CancellationToken ct) => web.IngestionsAsync(r, ct));
        app.MapGet("/" + WebRoutes.Periods, (HttpRequest r, WebApp web, CancellationToken ct) => web.PeriodsAsync(r, ct));
        app.MapGet("/" + WebRoutes.Tasks, (HttpRequest r, WebApp web, CancellationToken ct) => web.TasksAsync(r, ct));
        app.MapGet("/" + WebRoutes.Reports, (HttpRequest r, WebApp web, CancellationToken ct) => web.ReportsAsync(r, ct));
        app.MapGet("/" + WebRoutes.ReportFile, (HttpRequest r, string year, string file, WebApp web, CancellationToken ct) => web.ReportFileAsync(r, year, file, ct));
        app.MapPost("/" + WebRoutes.ReportYear, (HttpRequest r, string year, WebApp web, CancellationToken ct) => web.RebuildAsync(r, year, ct));
        app.MapGet("/" + WebRoutes.Export, (HttpRequest r, WebApp web, CancellationToken ct) => web.ExportAsync(r, ct));
        // Last: the asset route would otherwise also match "app/api".
        app.MapGet("/" + WebRoutes.Asset, (string file, WebApp web) => web.Asset(file));
        return app;
    }
}
