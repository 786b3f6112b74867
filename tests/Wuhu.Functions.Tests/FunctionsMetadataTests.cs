using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Wuhu.Testing;

namespace Wuhu.Functions.Tests;

/// <summary>Builds the function project and checks what the Functions host will read from functions.metadata.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<JsonArray> Metadata = new(BuildAndReadMetadata);

    [Fact]
    public void IngestBulletin_is_an_event_grid_blob_trigger_on_the_bulletins_container()
    {
        var binding = Assert.Single(Bindings("IngestBulletin"));
        Assert.Equal("blobTrigger", (string?)binding["type"]);
        Assert.Equal("bulletins/{name}", (string?)binding["path"]);
        Assert.Equal("EventGrid", (string?)binding["source"]);
        Assert.Equal(AppSettingNames.StorageConnection, (string?)binding["connection"]);
        Assert.Equal("In", (string?)binding["direction"]);
    }

    [Fact]
    public void ListBulletins_is_a_function_key_GET_on_api_bulletins()
    {
        var trigger = Assert.Single(Bindings("ListBulletins"), b => (string?)b["type"] == "httpTrigger");
        Assert.Equal("api/bulletins", (string?)trigger["route"]);
        Assert.Equal("Function", (string?)trigger["authLevel"]);
        Assert.Equal(["get"], trigger["methods"]!.AsArray().Select(m => (string?)m));
        Assert.Contains(Bindings("ListBulletins"), b => (string?)b["type"] == "http" && (string?)b["direction"] == "Out");
    }

    [Fact]
    public void BuildReports_is_a_timer_on_the_ReportSchedule_setting()
    {
        var trigger = Assert.Single(Bindings("BuildReports"));
        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal($"%{AppSettingNames.ReportSchedule}%", (string?)trigger["schedule"]);
    }

    [Fact]
    public void RederivePeriods_is_a_timer_on_the_RederiveSchedule_setting()
    {
        var trigger = Assert.Single(Bindings("RederivePeriods"));
        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal($"%{AppSettingNames.RederiveSchedule}%", (string?)trigger["schedule"]);
    }

    [Theory]
    [InlineData("ListReports", "get", "api/reports")]
    [InlineData("GetReport", "get", "api/reports/{year}/{file}")]
    [InlineData("RebuildReports", "post", "api/reports/{year}")]
    [InlineData("RederivePeriodsNow", "post", "api/periods/rederive")]
    public void Report_endpoints_are_function_key_routes(string function, string method, string route)
    {
        var trigger = Assert.Single(Bindings(function), b => (string?)b["type"] == "httpTrigger");
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal("Function", (string?)trigger["authLevel"]);
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => (string?)m));
    }

    [Theory]
    [InlineData("WebPage", "get", "app")]
    [InlineData("WebAsset", "get", "app/{file}")]
    [InlineData("WebMe", "get", "app/api/me")]
    [InlineData("WebUpload", "post", "app/api/uploads")]
    [InlineData("WebIngestions", "get", "app/api/ingestions")]
    [InlineData("WebPeriods", "get", "app/api/periods")]
    [InlineData("WebTasks", "get", "app/api/tasks")]
    [InlineData("WebReports", "get", "app/api/reports")]
    [InlineData("WebReportFile", "get", "app/api/reports/{year}/{file}")]
    [InlineData("WebRebuildReports", "post", "app/api/reports/{year}")]
    [InlineData("WebExport", "get", "app/api/export")]
    public void Web_app_routes_are_anonymous_at_the_host_and_checked_by_the_app(string function, string method, string route)
    {
        // Sign-in is App Service authentication's job and roles are checked in Wuhu.Web (WebAppAuthTests).
        var trigger = Assert.Single(Bindings(function), b => (string?)b["type"] == "httpTrigger");
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal("Anonymous", (string?)trigger["authLevel"]);
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public void Routes_have_no_host_prefix_so_the_page_is_at_app_and_the_key_api_stays_at_api()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.RepoRoot, "host.json")))!;
        Assert.Equal("", (string?)host["extensions"]!["http"]!["routePrefix"]);
    }

    [Fact]
    public void The_app_has_exactly_the_documented_functions() =>
        Assert.Equal(
            ["BuildReports", "GetReport", "IngestBulletin", "ListBulletins", "ListReports", "RebuildReports", "RederivePeriods", "RederivePeriodsNow",
             "WebAsset", "WebExport", "WebIngestions", "WebMe", "WebPage", "WebPeriods", "WebRebuildReports", "WebReportFile",
             "WebReports", "WebTasks", "WebUpload"],
            Metadata.Value.Select(f => (string?)f!["name"]).Order(StringComparer.Ordinal));

    private static List<JsonObject> Bindings(string function)
    {
        var entry = Metadata.Value.Single(f => (string?)f!["name"] == function)!;
        return entry["bindings"]!.AsArray().Select(b => b!.AsObject()).ToList();
    }

    private static JsonArray BuildAndReadMetadata()
    {
        var project = Path.Combine(Samples.RepoRoot, "src", "Wuhu.Functions", "Wuhu.Functions.csproj");
        // Its own artifacts path: never the tree's obj/bin, which other builds may be using.
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Samples.RepoRoot)))[..12];
        var artifacts = Path.Combine(Path.GetTempPath(), $"wuhu-functions-metadata-{key}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Samples.RepoRoot,
        };
        foreach (var arg in new[] { "build", project, "--artifacts-path", artifacts, "-nologo", "-v:q" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a wedged build, not a speed target: a cold build on a busy 2-core machine has taken over 5 minutes.
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build of Wuhu.Functions took over 15 minutes and was stopped.");
        }

        Assert.True(process.ExitCode == 0, $"dotnet build of Wuhu.Functions failed:\n{stdout.Result}\n{stderr.Result}");

        var file = Directory.GetFiles(Path.Combine(artifacts, "bin", "Wuhu.Functions"), "functions.metadata", SearchOption.AllDirectories).Single();
        return JsonNode.Parse(File.ReadAllText(file))!.AsArray();
    }
}
