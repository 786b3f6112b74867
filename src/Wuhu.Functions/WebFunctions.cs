using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Wuhu.Web;
using Wuhu.Web.Api;

namespace Wuhu.Functions;

/// <summary>
/// The web app for staff and managers (Wuhu.Web), one thin function per route. Anonymous at the host level on
/// purpose: people sign in with Microsoft Entra ID through App Service authentication, not with function keys,
/// and every handler checks the signed-in principal's app role itself (401 without one, 403 without the role;
/// the page redirects to sign-in). Automation keeps the function-key API under /api/.
/// </summary>
public sealed class WebFunctions(WebApp web)
{
    [Function("WebPage")]
    public IActionResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.Page)] HttpRequest request) =>
        Adapt(web.Page(request));

    [Function("WebAsset")]
    public IActionResult Asset([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.Asset)] HttpRequest request, string file) =>
        Adapt(web.Asset(file));

    [Function("WebMe")]
    public IActionResult Me([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.Me)] HttpRequest request) =>
        Adapt(web.Me(request));

    [Function("WebUpload")]
    public async Task<IActionResult> Upload([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebRoutes.Uploads)] HttpRequest request, CancellationToken cancellationToken) =>
        Adapt(await web.UploadAsync(request, cancellationToken));

    [Function("WebIngestions")]
    public async Task<IActionResult> Ingestions([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.Ingestions)] HttpRequest request, CancellationToken cancellationToken) =>
        Adapt(await web.IngestionsAsync(request, cancellationToken));

    [Function("WebPeriods")]
    public async Task<IActionResult> Periods([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.Periods)] HttpRequest request, CancellationToken cancellationToken) =>
        Adapt(await web.PeriodsAsync(request, cancellationToken));

    [Function("WebTasks")]
    public async Task<IActionResult> Tasks([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.Tasks)] HttpRequest request, CancellationToken cancellationToken) =>
        Adapt(await web.TasksAsync(request, cancellationToken));

    [Function("WebReports")]
    public async Task<IActionResult> Reports([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.Reports)] HttpRequest request, CancellationToken cancellationToken) =>
        Adapt(await web.ReportsAsync(request, cancellationToken));

    [Function("WebReportFile")]
    public async Task<IActionResult> ReportFile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.ReportFile)] HttpRequest request, string year, string file, CancellationToken cancellationToken) =>
        Adapt(await web.ReportFileAsync(request, year, file, cancellationToken));

    [Function("WebRebuildReports")]
    public async Task<IActionResult> Rebuild(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = WebRoutes.ReportYear)] HttpRequest request, string year, CancellationToken cancellationToken) =>
        Adapt(await web.RebuildAsync(request, year, cancellationToken));

    [Function("WebExport")]
    public async Task<IActionResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = WebRoutes.Export)] HttpRequest request, CancellationToken cancellationToken) =>
        Adapt(await web.ExportAsync(request, cancellationToken));

    /// <summary>The handlers answer with ASP.NET Core results; the Functions integration executes MVC action results.</summary>
    public static IActionResult Adapt(IResult result) => new ResultAction(result);

    private sealed class ResultAction(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
