using System.Net;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Wuhu.Functions;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Reports.Rendering;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Reports;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>
/// The HTTP surface: every endpoint needs a key, and the report download resolves only well-formed report
/// names in the reports container — never a path into another container or blob.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class HttpSurfaceTests(AzuriteFixture azurite)
{
    private static readonly byte[] Secret = "bulletin blob that must never be served by the reports API"u8.ToArray();
    private static readonly byte[] ReportBytes = "%PDF-1.7 stored report for the download test\n%%EOF"u8.ToArray();

    [Fact]
    public void Every_http_function_requires_a_function_key_or_is_a_web_route_that_checks_the_signed_in_role()
    {
        var triggers = HttpTriggers().ToList();
        Assert.Contains(triggers, t => t.Function == "GetReport");
        Assert.True(triggers.Count >= 4, $"found only {string.Join(", ", triggers.Select(t => t.Function))}");
        // The web app's functions are anonymous at the host: App Service authentication signs people in and
        // Wuhu.Web checks their role on every call (Wuhu.Web.Tests: WebAppAuthTests). They live in one class.
        Assert.All(triggers, t => Assert.True(
            t.Level is AuthorizationLevel.Function or AuthorizationLevel.System or AuthorizationLevel.Admin
                || (t.Type == typeof(WebFunctions) && (t.Route ?? "").StartsWith(Wuhu.Web.WebRoutes.Page, StringComparison.Ordinal)),
            $"{t.Function} is {t.Level}: every endpoint must require a key, or be a web route that checks the signed-in role"));
        // A catch-all route ({*path}) would let slashes through into a blob name.
        Assert.All(triggers, t => Assert.DoesNotContain("{*", t.Route ?? ""));
    }

    [Theory]
    [InlineData("..", "wuhu-2023-annual.pdf")]
    [InlineData("2023", "..")]
    [InlineData("2023", "../wuhu-2023-annual.pdf")]
    [InlineData("2023", "wuhu-2023-annual.pdf/../../x")]
    [InlineData("2023", "..%2F..%2F{bulletins}%2F2023%2Fwuhu-2023-annual.pdf")]
    [InlineData("2023", "../../{bulletins}/2023/wuhu-2023-annual.pdf")]
    [InlineData("..%2F{bulletins}", "wuhu-2023-annual.pdf")]
    [InlineData("2023", "%2e%2e")]
    [InlineData("2023", "wuhu-2023-annual.pdf\n")]
    [InlineData("2023", "wuhu-2023-annual.pdf\0")]
    [InlineData("2023", "wuhu-2023-annual.pdf%00")]
    [InlineData("2023", "wuhu-2023-annual.pdf?comp=list")]
    [InlineData("2023", "wuhu-2023-annual.pdf#x")]
    [InlineData("2023", "wuhu-2023-annual.pdf\u200B")]
    [InlineData("2023", "wuhu-2023-annual.pdf.exe")]
    [InlineData("2023", "wuhu-2023-annual.PDF")]
    [InlineData("2023", "WUHU-2023-ANNUAL.PDF")]
    [InlineData("2023", " wuhu-2023-annual.pdf")]
    [InlineData("2023", "wuhu-2023-annual")]
    [InlineData("2023", "wuhu-2023-q0.pdf")]
    [InlineData("2023", "wuhu-2023-q5.pdf")]
    [InlineData("2023", "wuhu-2022-annual.pdf")]
    [InlineData("2023", "")]
    [InlineData("", "wuhu--annual.pdf")]
    [InlineData("20x3", "wuhu-20x3-annual.pdf")]
    [InlineData("202", "wuhu-202-annual.pdf")]
    [InlineData("20231", "wuhu-20231-annual.pdf")]
    [InlineData("-2023", "wuhu--2023-annual.pdf")]
    [InlineData("+2023", "wuhu-+2023-annual.pdf")]
    [InlineData("2023 ", "wuhu-2023 -annual.pdf")]
    [InlineData("２０２３", "wuhu-２０２３-annual.pdf")]
    [InlineData("٢٠٢٣", "wuhu-٢٠٢٣-annual.pdf")]
    public async Task Malformed_download_path_is_refused_with_400(string year, string file)
    {
        var (api, storage) = await ApiAsync();
        (year, file) = (Fill(year, storage), Fill(file, storage));

        var response = TestRequest.Of(await api.Get(new TestRequest("GET", $"api/reports/{Uri.EscapeDataString(year)}/{Uri.EscapeDataString(file)}"), year, file, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("%PDF", response.Text);
        Assert.DoesNotContain("must never be served", response.Text);
    }

    [Theory]
    [InlineData("2023", "wuhu-2023-annual.pdf")] // exists, but in the bulletins container only
    [InlineData("2023", "wuhu-2023-q4.pdf")]
    [InlineData("1999", "wuhu-1999-q4.pdf")]
    public async Task Well_formed_name_of_no_report_is_404_even_when_another_container_has_it(string year, string file)
    {
        var (api, _) = await ApiAsync();

        var response = TestRequest.Of(await api.Get(new TestRequest("GET", $"api/reports/{year}/{file}"), year, file, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("must never be served", response.Text);
    }

    [Fact]
    public async Task Download_serves_exactly_the_report_blob()
    {
        var (api, _) = await ApiAsync();

        var response = TestRequest.Of(await api.Get(new TestRequest("GET", "api/reports/2023/wuhu-2023-q1.pdf"), "2023", "wuhu-2023-q1.pdf", CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportBytes, response.Bytes);
    }

    [Theory]
    [InlineData("20x3")]
    [InlineData("２０２３")]
    [InlineData("-2023")]
    [InlineData("+2023")]
    [InlineData("02023")]
    [InlineData(" 2023")]
    [InlineData("2023 ")]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("2023/../..")]
    public async Task Rebuild_with_a_malformed_year_is_refused_with_400(string year)
    {
        var (api, storage) = await ApiAsync();

        var response = TestRequest.Of(await api.Rebuild(new TestRequest("POST", $"api/reports/{Uri.EscapeDataString(year)}"), year, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["wuhu-2023-q1.pdf"], (await new ReportCatalog(storage).ListAsync()).Select(r => r.Name));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1001")]
    [InlineData("99999999999999999999")]
    [InlineData("1;drop")]
    public async Task Listing_bulletins_with_a_malformed_top_is_refused_with_400(string top)
    {
        var storage = await azurite.CreateStorageAsync();
        var list = new ListBulletins(new IngestionRecordStore(storage));

        var response = TestRequest.Of(await list.RunAsync(new TestRequest("GET", $"api/bulletins?top={Uri.EscapeDataString(top)}"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A reports API whose storage holds one report, and report-named blobs in the bulletins container.</summary>
    private async Task<(ReportsApi Api, StorageContext Storage)> ApiAsync()
    {
        var storage = await azurite.CreateStorageAsync();
        foreach (var name in new[] { "2023/wuhu-2023-annual.pdf", "2023/wuhu-2023-q4.pdf", "x" })
        {
            await storage.Bulletins.GetBlobClient(name).UploadAsync(new BinaryData(Secret));
        }

        await storage.Reports.GetBlobClient("2023/wuhu-2023-q1.pdf").UploadAsync(new BinaryData(ReportBytes));
        return (new ReportsApi(new ReportCatalog(storage), new ReportPublisher(storage, new SkiaPdfReportRenderer())), storage);
    }

    private static string Fill(string template, StorageContext storage) =>
        template.Replace("{bulletins}", storage.Options.BulletinsContainer, StringComparison.Ordinal);

    private static IEnumerable<(string Function, AuthorizationLevel Level, string? Route, Type Type)> HttpTriggers() =>
        from type in typeof(ReportsApi).Assembly.GetTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        from parameter in method.GetParameters()
        let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
        where trigger is not null
        select (function.Name, trigger.AuthLevel, trigger.Route, type);
}
