using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Wuhu.Storage.Ingestion;

namespace Wuhu.Functions;

/// <summary>GET /api/bulletins[?top=N]: ingestion records, newest first — what staff check after an upload.</summary>
public sealed class ListBulletins(IngestionRecordStore records)
{
    public const int MaxTop = 1000;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    [Function(nameof(ListBulletins))]
    public async Task<HttpResponseData> RunAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/bulletins")] HttpRequestData request,
        CancellationToken cancellationToken)
    {
        var topText = System.Web.HttpUtility.ParseQueryString(request.Url.Query)["top"];
        var top = IngestionRecordStore.DefaultTop;
        if (topText is not null && (!int.TryParse(topText, out top) || top < 1 || top > MaxTop))
        {
            var bad = request.CreateResponse(HttpStatusCode.BadRequest);
            await bad.WriteStringAsync($"top must be a whole number from 1 to {MaxTop}, not '{topText}'.", cancellationToken);
            return bad;
        }

        var list = await records.ListAsync(top, cancellationToken);
        var response = request.CreateResponse(HttpStatusCode.OK);
        response.Headers.Add("Content-Type", "application/json; charset=utf-8");
        await response.WriteStringAsync(JsonSerializer.Serialize(list, Json), cancellationToken);
        return response;
    }
}
