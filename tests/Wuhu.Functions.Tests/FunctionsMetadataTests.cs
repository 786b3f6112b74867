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
        Assert.Equal("bulletins", (string?)trigger["route"]);
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
    [InlineData("ListReports", "get", "reports")]
    [InlineData("GetReport", "get", "reports/{year}/{file}")]
    [InlineData("RebuildReports", "post", "reports/{year}")]
    [InlineData("RederivePeriodsNow", "post", "periods/rederive")]
    public void Report_endpoints_are_function_key_routes(string function, string method, string route)
    {
        var trigger = Assert.Single(Bindings(function), b => (string?)b["type"] == "httpTrigger");
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal("Function", (string?)trigger["authLevel"]);
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public void The_app_has_exactly_the_documented_functions() =>
        Assert.Equal(
            ["BuildReports", "GetReport", "IngestBulletin", "ListBulletins", "ListReports", "RebuildReports", "RederivePeriods", "RederivePeriodsNow"],
            Metadata.Value.Select(f => (string?)f!["name"]).Order());

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
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "dotnet build of Wuhu.Functions took over 5 minutes.");
        Assert.True(process.ExitCode == 0, $"dotnet build of Wuhu.Functions failed:\n{stdout.Result}\n{stderr.Result}");

        var file = Directory.GetFiles(Path.Combine(artifacts, "bin", "Wuhu.Functions"), "functions.metadata", SearchOption.AllDirectories).Single();
        return JsonNode.Parse(File.ReadAllText(file))!.AsArray();
    }
}
