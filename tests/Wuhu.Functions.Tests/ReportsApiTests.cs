using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Wuhu.Storage.Reports;
using Wuhu.Testing;

namespace Wuhu.Functions.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class ReportsApiTests(AzuriteFixture azurite)
{
    // Rendering real PDFs is the slow part, so the tests of this class (which xunit runs one at a time) share one
    // published storage; only the rebuild test changes it, and only by rewriting the same reports.
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (ReportsApi Api, Wuhu.Storage.StorageContext Storage)? shared;

    private async Task<(ReportsApi Api, Wuhu.Storage.StorageContext Storage)> PublishedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (shared is null)
            {
                var storage = await ReportsFunctionTestData.SeedAsync(azurite);
                var publisher = ReportsFunctionTestData.Publisher(storage);
                await publisher.PublishAsync();
                shared = (new ReportsApi(new ReportCatalog(storage), publisher), storage);
            }

            return shared.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static TestHttpResponse Response(Microsoft.Azure.Functions.Worker.Http.HttpResponseData response) => (TestHttpResponse)response;

    private static JsonElement Json(TestHttpResponse response) => JsonDocument.Parse(response.BodyBytes()).RootElement;

    [Fact]
    public async Task List_shows_name_period_size_and_build_time()
    {
        var (api, _) = await PublishedAsync();

        var response = Response(await api.List(new TestHttpRequest("http://127.0.0.1/api/reports", "GET"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Header("Content-Type"));
        var items = Json(response).EnumerateArray().ToList();
        Assert.Equal(["wuhu-2023-annual.pdf", "wuhu-2023-q1.pdf", "wuhu-2023-q2.pdf"], items.Select(i => i.GetProperty("name").GetString()));
        var annual = items[0];
        Assert.Equal("2023", annual.GetProperty("period").GetString());
        Assert.Equal("2023-Q1", items[1].GetProperty("period").GetString());
        Assert.True(annual.GetProperty("size").GetInt64() > 1000);
        Assert.True(annual.GetProperty("builtAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.Equal("/api/reports/2023/wuhu-2023-annual.pdf", annual.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Get_streams_the_pdf()
    {
        var (api, storage) = await PublishedAsync();

        var response = Response(await api.Get(new TestHttpRequest("http://127.0.0.1/api/reports/2023/wuhu-2023-q2.pdf", "GET"), "2023", "wuhu-2023-q2.pdf", CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Header("Content-Type"));
        Assert.Equal("inline; filename=\"wuhu-2023-q2.pdf\"", response.Header("Content-Disposition"));
        var stored = (await storage.Reports.GetBlobClient("2023/wuhu-2023-q2.pdf").DownloadContentAsync()).Value.Content.ToArray();
        Assert.Equal(stored, response.BodyBytes());
        Assert.Equal(stored.Length.ToString(), response.Header("Content-Length"));
    }

    [Theory]
    [InlineData("2023", "wuhu-2023-q3.pdf", HttpStatusCode.NotFound)] // well-formed, not built
    [InlineData("2022", "wuhu-2022-annual.pdf", HttpStatusCode.NotFound)]
    [InlineData("2023", "wuhu-2022-annual.pdf", HttpStatusCode.BadRequest)]
    [InlineData("2023", "..", HttpStatusCode.BadRequest)]
    [InlineData("..", "bulletins", HttpStatusCode.BadRequest)]
    [InlineData("2023", "wuhu-2023-q1.pdf.json", HttpStatusCode.BadRequest)]
    [InlineData("abcd", "wuhu-abcd-annual.pdf", HttpStatusCode.BadRequest)]
    public async Task Get_refuses_malformed_paths_and_404s_unknown_reports(string year, string file, HttpStatusCode expected)
    {
        var (api, _) = await PublishedAsync();

        var response = Response(await api.Get(new TestHttpRequest($"http://127.0.0.1/api/reports/{year}/{file}", "GET"), year, file, CancellationToken.None));

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(Json(response).GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Get_never_reaches_the_uploads_container()
    {
        var (api, storage) = await PublishedAsync();
        await storage.Bulletins.GetBlobClient("2023/wuhu-2023-q3.pdf").UploadAsync(BinaryData.FromString("an upload, not a report"), overwrite: true);

        var response = Response(await api.Get(new TestHttpRequest("http://127.0.0.1/api/reports/2023/wuhu-2023-q3.pdf", "GET"), "2023", "wuhu-2023-q3.pdf", CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_rebuilds_the_years_reports()
    {
        var (api, storage) = await PublishedAsync();
        var before = (await storage.Reports.GetBlobClient("2023/wuhu-2023-q1.pdf").GetPropertiesAsync()).Value.ETag;

        var response = Response(await api.Rebuild(new TestHttpRequest("http://127.0.0.1/api/reports/2023", "POST"), "2023", CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, Json(response).GetArrayLength()); // annual, Q1, Q2: the full-year bulletin makes no 第四季度 report
        Assert.NotEqual(before, (await storage.Reports.GetBlobClient("2023/wuhu-2023-q1.pdf").GetPropertiesAsync()).Value.ETag);
    }

    [Theory]
    [InlineData("2031", HttpStatusCode.NotFound)]
    [InlineData("20x3", HttpStatusCode.BadRequest)]
    [InlineData("+203", HttpStatusCode.BadRequest)]
    [InlineData("02023", HttpStatusCode.BadRequest)]
    public async Task Post_for_a_bad_or_empty_year_says_why(string year, HttpStatusCode expected)
    {
        var (api, _) = await PublishedAsync();

        var response = Response(await api.Rebuild(new TestHttpRequest($"http://127.0.0.1/api/reports/{year}", "POST"), year, CancellationToken.None));

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(year, Json(response).GetProperty("error").GetString());
    }

    [Fact]
    public void Endpoints_require_a_function_key_and_use_the_documented_routes()
    {
        var routes = typeof(ReportsApi).GetMethods()
            .SelectMany(m => m.GetParameters())
            .SelectMany(p => p.GetCustomAttributes(typeof(HttpTriggerAttribute), false).Cast<HttpTriggerAttribute>())
            .Select(t => (t.AuthLevel, string.Join(",", t.Methods!), t.Route))
            .OrderBy(t => t.Route)
            .ToList();

        Assert.Equal(
            [(AuthorizationLevel.Function, "get", "api/reports"), (AuthorizationLevel.Function, "post", "api/reports/{year}"), (AuthorizationLevel.Function, "get", "api/reports/{year}/{file}")],
            routes);
    }
}
