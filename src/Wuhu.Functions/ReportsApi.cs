using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Wuhu.Storage.Reports;

namespace Wuhu.Functions;

/// <summary>
/// The report endpoints (function key required): list, download, rebuild. Downloads go through
/// <see cref="ReportCatalog"/>, which only ever opens "{year}/wuhu-{year}-….pdf" in the reports container.
/// </summary>
public sealed class ReportsApi(ReportCatalog catalog, ReportPublisher publisher)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>GET /api/reports: every report with its period, size and build time.</summary>
    [Function("ListReports")]
    public async Task<HttpResponseData> List(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/reports")] HttpRequestData request,
        CancellationToken cancellationToken)
    {
        var reports = await catalog.ListAsync(cancellationToken);
        return await JsonAsync(request, HttpStatusCode.OK, reports.Select(r => new
        {
            r.Name,
            r.Period,
            r.Year,
            r.Size,
            r.BuiltAt,
            Url = $"/api/reports/{r.Path}",
        }));
    }

    /// <summary>GET /api/reports/{year}/{file}: streams the PDF; 400 for a malformed path, 404 for no such report.</summary>
    [Function("GetReport")]
    public async Task<HttpResponseData> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/reports/{year}/{file}")] HttpRequestData request,
        string year,
        string file,
        CancellationToken cancellationToken)
    {
        if (!ReportBlobNames.TryResolve(year, file, out _))
        {
            return await ErrorAsync(request, HttpStatusCode.BadRequest,
                $"Not a report path: year must be four digits and the file wuhu-{{year}}-annual.pdf or wuhu-{{year}}-q1.pdf … q4.pdf of that year.");
        }

        using var report = await catalog.OpenAsync(year, file, cancellationToken);
        if (report is null)
        {
            return await ErrorAsync(request, HttpStatusCode.NotFound, $"No report {year}/{file}.");
        }

        var response = request.CreateResponse(HttpStatusCode.OK);
        response.Headers.Add("Content-Type", "application/pdf");
        response.Headers.Add("Content-Length", report.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("Content-Disposition", $"inline; filename=\"{report.FileName}\"");
        await report.Content.CopyToAsync(response.Body, cancellationToken);
        return response;
    }

    /// <summary>POST /api/reports/{year}: rebuilds every report of that year now, changed or not.</summary>
    [Function("RebuildReports")]
    public async Task<HttpResponseData> Rebuild(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/reports/{year}")] HttpRequestData request,
        string year,
        CancellationToken cancellationToken)
    {
        if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || year.Length != 4)
        {
            return await ErrorAsync(request, HttpStatusCode.BadRequest, $"Year must be four digits, not '{year}'.");
        }

        var outcomes = await publisher.PublishAsync(y, force: true, cancellationToken);
        if (outcomes.Count == 0)
        {
            return await ErrorAsync(request, HttpStatusCode.NotFound, $"No published bulletin for {y}: nothing to build.");
        }

        return await JsonAsync(request, HttpStatusCode.OK, outcomes.Select(o => new { Path = o.BlobName, o.Period, o.Size, o.BuiltAt }));
    }

    private static Task<HttpResponseData> ErrorAsync(HttpRequestData request, HttpStatusCode status, string message) =>
        JsonAsync(request, status, new { Error = message });

    private static async Task<HttpResponseData> JsonAsync(HttpRequestData request, HttpStatusCode status, object body)
    {
        var response = request.CreateResponse(status);
        response.Headers.Add("Content-Type", "application/json; charset=utf-8");
        await response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body, Json));
        return response;
    }
}
