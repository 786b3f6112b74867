using Azure.Storage.Blobs.Models;
using Wuhu.Storage.Reports;
using Wuhu.Testing;

namespace Wuhu.Storage.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class ReportPublisherTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Night = new(2024, 2, 1, 18, 0, 0, TimeSpan.Zero);

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private async Task<StorageContext> SeedAsync()
    {
        var storage = await azurite.CreateStorageAsync();
        await ReportTestData.PublishAsync(storage, 2022, 4, true, 2, "22");
        await ReportTestData.PublishAsync(storage, 2023, 1, false, 3, "a1");
        await ReportTestData.PublishAsync(storage, 2023, 2, false, 4, "a2");
        await ReportTestData.PublishAsync(storage, 2023, 4, true, 5, "a4");
        return storage;
    }

    [Fact]
    public async Task Builds_an_annual_report_per_year_and_one_per_quarterly_bulletin()
    {
        var storage = await SeedAsync();
        var renderer = new JsonReportRenderer();

        var outcomes = await new ReportPublisher(storage, renderer, new Clock(Night)).PublishAsync();

        Assert.Equal(
            ["2022/wuhu-2022-annual.pdf", "2023/wuhu-2023-annual.pdf", "2023/wuhu-2023-q1.pdf", "2023/wuhu-2023-q2.pdf"],
            outcomes.Select(o => o.BlobName)); // a full-year bulletin makes the annual report only, no 第四季度 report
        Assert.All(outcomes, o => Assert.True(o.Built));
        Assert.Equal(4, renderer.Calls);

        var blob = storage.Reports.GetBlobClient("2023/wuhu-2023-annual.pdf");
        BlobProperties properties = await blob.GetPropertiesAsync();
        Assert.Equal("application/pdf", properties.ContentType);
        Assert.Equal("2023", properties.Metadata["period"]);
        Assert.Equal("2024-02-01T18:00:00.0000000Z", properties.Metadata["builtat"]);
        Assert.Matches("^format=2;2023-Q1=[^;]+;2023-Q2=[^;]+;2023-Q4=[^;]+$", properties.Metadata["sources"]);

        var annual = JsonReportRenderer.Read((await blob.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(5, annual.GetProperty("Figures").GetProperty("Tasks").GetInt32());
        Assert.Equal(3, annual.GetProperty("QuarterSeries").GetArrayLength());

        var q2 = JsonReportRenderer.Read((await storage.Reports.GetBlobClient("2023/wuhu-2023-q2.pdf").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(4, q2.GetProperty("Figures").GetProperty("Tasks").GetInt32());
        Assert.Equal(JsonValueKind(System.Text.Json.JsonValueKind.Object), JsonValueKind(q2.GetProperty("Changes").ValueKind));

        var manifest = storage.ReportManifest.QueryAsync<Azure.Data.Tables.TableEntity>().ToBlockingEnumerable().Select(ReportManifestEntry.FromEntity).ToList();
        Assert.Equal(4, manifest.Count);
        var row = Assert.Single(manifest, m => m.FileName == "wuhu-2023-annual.pdf");
        Assert.Equal((2023, "2023/wuhu-2023-annual.pdf", "2023", properties.Metadata["sources"], properties.ContentLength), (row.Year, row.BlobName, row.Period, row.Sources, row.Size));
    }

    [Fact]
    public async Task Second_run_with_unchanged_data_writes_nothing()
    {
        var storage = await SeedAsync();
        var renderer = new JsonReportRenderer();
        await new ReportPublisher(storage, renderer, new Clock(Night)).PublishAsync();
        var before = await SnapshotAsync(storage);

        var counter = new WriteCounter();
        var counted = WriteCounter.Wrap(azurite.ConnectionString, storage, counter);
        var outcomes = await new ReportPublisher(counted, renderer, new Clock(Night.AddDays(1))).PublishAsync();

        Assert.Equal(0, counter.Writes);
        Assert.All(outcomes, o => Assert.False(o.Built));
        Assert.Equal(4, renderer.Calls);
        Assert.Equal(before, await SnapshotAsync(storage));
        Assert.All(outcomes, o => Assert.Equal(Night, o.BuiltAt));
    }

    [Fact]
    public async Task A_changed_period_rebuilds_exactly_the_reports_that_read_it()
    {
        var storage = await SeedAsync();
        var renderer = new JsonReportRenderer();
        await new ReportPublisher(storage, renderer, new Clock(Night)).PublishAsync();

        await ReportTestData.PublishAsync(storage, 2023, 2, false, 6, "a2-corrected");
        var outcomes = await new ReportPublisher(storage, renderer, new Clock(Night.AddDays(1))).PublishAsync();

        Assert.Equal(
            ["2023/wuhu-2023-annual.pdf", "2023/wuhu-2023-q2.pdf"],
            outcomes.Where(o => o.Built).Select(o => o.BlobName));
        var q2 = JsonReportRenderer.Read((await storage.Reports.GetBlobClient("2023/wuhu-2023-q2.pdf").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(6, q2.GetProperty("Figures").GetProperty("Tasks").GetInt32());
    }

    [Fact]
    public async Task A_deleted_report_blob_is_rebuilt()
    {
        var storage = await SeedAsync();
        var renderer = new JsonReportRenderer();
        await new ReportPublisher(storage, renderer, new Clock(Night)).PublishAsync();
        await storage.Reports.DeleteBlobAsync("2023/wuhu-2023-q1.pdf");

        var outcomes = await new ReportPublisher(storage, renderer, new Clock(Night)).PublishAsync();

        Assert.Equal(["2023/wuhu-2023-q1.pdf"], outcomes.Where(o => o.Built).Select(o => o.BlobName));
        Assert.True(await storage.Reports.GetBlobClient("2023/wuhu-2023-q1.pdf").ExistsAsync());
    }

    [Fact]
    public async Task Forced_run_for_one_year_rebuilds_only_that_year()
    {
        var storage = await SeedAsync();
        var renderer = new JsonReportRenderer();
        await new ReportPublisher(storage, renderer, new Clock(Night)).PublishAsync();

        var outcomes = await new ReportPublisher(storage, renderer, new Clock(Night)).PublishAsync(2022, force: true);

        Assert.Equal(["2022/wuhu-2022-annual.pdf"], outcomes.Select(o => o.BlobName));
        Assert.All(outcomes, o => Assert.True(o.Built));
    }

    [Fact]
    public async Task No_published_data_builds_nothing()
    {
        var storage = await azurite.CreateStorageAsync();

        Assert.Empty(await new ReportPublisher(storage, new JsonReportRenderer()).PublishAsync());
        Assert.Empty(await new ReportCatalog(storage).ListAsync());
    }

    [Fact]
    public async Task Catalog_lists_reports_and_opens_only_valid_report_paths()
    {
        var storage = await SeedAsync();
        await new ReportPublisher(storage, new JsonReportRenderer(), new Clock(Night)).PublishAsync();
        await storage.Reports.UploadBlobAsync("2023/notes.txt", BinaryData.FromString("not a report"));
        var catalog = new ReportCatalog(storage);

        var list = await catalog.ListAsync();

        Assert.Equal(4, list.Count);
        var q1 = Assert.Single(list, r => r.Name == "wuhu-2023-q1.pdf");
        Assert.Equal(("2023/wuhu-2023-q1.pdf", 2023, "2023-Q1", (DateTimeOffset?)Night), (q1.Path, q1.Year, q1.Period, q1.BuiltAt));
        Assert.True(q1.Size > 0);

        using (var opened = await catalog.OpenAsync("2023", "wuhu-2023-q1.pdf"))
        {
            Assert.NotNull(opened);
            using var copy = new MemoryStream();
            await opened.Content.CopyToAsync(copy);
            Assert.Equal(q1.Size, copy.Length);
            Assert.Equal(q1.Size, opened.Length);
        }

        Assert.Null(await catalog.OpenAsync("2023", "wuhu-2023-q3.pdf")); // valid name, no such report
        Assert.Null(await catalog.OpenAsync("2023", "notes.txt"));
        Assert.Null(await catalog.OpenAsync("2023", "../2023/wuhu-2023-q1.pdf"));
    }

    private static string JsonValueKind(System.Text.Json.JsonValueKind kind) => kind.ToString();

    private static async Task<string> SnapshotAsync(StorageContext storage)
    {
        var lines = new List<string>();
        await foreach (var blob in storage.Reports.GetBlobsAsync())
        {
            lines.Add($"{blob.Name} {blob.Properties.ETag} {blob.Properties.LastModified:O}");
        }

        await foreach (var row in storage.ReportManifest.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            lines.Add($"{row.PartitionKey}/{row.RowKey} {row.ETag}");
        }

        return string.Join('\n', lines);
    }
}
