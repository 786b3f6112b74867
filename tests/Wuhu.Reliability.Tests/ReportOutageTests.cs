using Azure.Core;
using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Reports.Rendering;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Reports;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>
/// Azurite is stopped for real while reports are being rebuilt for a corrected bulletin: before the first
/// block is staged, before the block list is committed, and after the PDF is committed but before its manifest
/// row. After the restart every report blob is a complete PDF of one version (the old or the new), never a
/// truncated one; the next run brings every report to the new version.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class ReportOutageTests(RestartableAzurite azurite)
{
    public enum FaultPoint { BeforeStagingBlocks, BeforeCommit, AfterCommitBeforeManifest, FirstBuildBeforeCommit }

    private static readonly SkiaPdfReportRenderer Renderer = new();

    [Theory]
    [InlineData(FaultPoint.BeforeStagingBlocks)]
    [InlineData(FaultPoint.BeforeCommit)]
    [InlineData(FaultPoint.AfterCommitBeforeManifest)]
    [InlineData(FaultPoint.FirstBuildBeforeCommit)]
    public async Task Outage_during_report_build_never_leaves_a_truncated_or_mixed_report(FaultPoint point)
    {
        var options = AzuriteFixture.UniqueOptions();
        var storage = StorageConnectionFactory.FromConnectionString(azurite.ConnectionString, options);
        await storage.EnsureCreatedAsync();
        var ingestion = new BulletinIngestionService(storage);
        var old = await ingestion.UploadAndIngestAsync("old.txt", new MemoryStream(BulletinBytes.Text(tasks: 3, seed: 1, publishedDay: 10)));
        var tasksOfVersion = new Dictionary<string, int> { [old.VersionId!] = 3 };
        var current = old.VersionId!;
        List<StoredReport> before = [];
        if (point != FaultPoint.FirstBuildBeforeCommit)
        {
            await new ReportPublisher(storage, Renderer).PublishAsync(BulletinBytes.Year);
            before = await StoredReport.ReadAllAsync(storage);
            Assert.Equal(2, before.Count); // annual + Q1
            var corrected = await ingestion.UploadAndIngestAsync("new.txt", new MemoryStream(BulletinBytes.Text(tasks: 5, seed: 2, publishedDay: 20)));
            Assert.Equal(IngestionOutcome.Accepted, corrected.Outcome);
            tasksOfVersion[corrected.VersionId!] = 5;
            current = corrected.VersionId!;
        }

        var fault = new BeforeRequest(Matches(point, storage), azurite.StopAsync);
        var faulty = StorageRequests.With(azurite.ConnectionString, options, fault);
        await Assert.ThrowsAnyAsync<Exception>(() => new ReportPublisher(faulty, Renderer).PublishAsync(BulletinBytes.Year));
        Assert.True(fault.Fired);
        await azurite.StartAsync();

        var afterOutage = await StoredReport.ReadAllAsync(storage);
        var manifest = await StoredReport.ManifestAsync(storage);
        if (point == FaultPoint.FirstBuildBeforeCommit)
        {
            Assert.Empty(afterOutage); // absent, not half-written
        }

        foreach (var report in afterOutage)
        {
            AssertOneVersion(report, tasksOfVersion);
            Assert.True(before.Any(b => b.BlobName == report.BlobName && b.Sha256 == report.Sha256) || report.Sources.EndsWith($"={current}", StringComparison.Ordinal),
                $"{report.BlobName} is neither the old PDF nor a new one");
            if (manifest.TryGetValue(report.BlobName, out var entry) && entry.Sources == report.Sources)
            {
                Assert.Equal(entry.PdfSha256, report.Sha256);
            }
        }

        // The next scheduled run rebuilds whatever the outage left stale.
        await new ReportPublisher(storage, Renderer).PublishAsync(BulletinBytes.Year);
        var final = await StoredReport.ReadAllAsync(storage);
        manifest = await StoredReport.ManifestAsync(storage);
        Assert.Equal(2, final.Count);
        Assert.All(final, report =>
        {
            AssertOneVersion(report, tasksOfVersion);
            Assert.Equal($"format={PlannedReport.FormatVersion};{BulletinBytes.PeriodKey}={current}", report.Sources);
            Assert.Equal((report.Sources, report.Sha256, (long)report.Pdf.Length), (manifest[report.BlobName].Sources, manifest[report.BlobName].PdfSha256, manifest[report.BlobName].Size));
        });
    }

    /// <summary>The PDF's task count is that of the one version its metadata names.</summary>
    internal static void AssertOneVersion(StoredReport report, IReadOnlyDictionary<string, int> tasksOfVersion)
    {
        var version = tasksOfVersion.Keys.SingleOrDefault(v => report.Sources.EndsWith($"={v}", StringComparison.Ordinal));
        Assert.True(version is not null, $"{report.BlobName} was built from an unknown version: {report.Sources}");
        Assert.Equal(tasksOfVersion[version], report.TaskCount);
    }

    private static Func<HttpMessage, bool> Matches(FaultPoint point, StorageContext storage) => point switch
    {
        FaultPoint.BeforeStagingBlocks => StorageRequests.BlobWrite(storage.Options.ReportsContainer, "block"),
        FaultPoint.BeforeCommit or FaultPoint.FirstBuildBeforeCommit => StorageRequests.BlobWrite(storage.Options.ReportsContainer, "blocklist"),
        FaultPoint.AfterCommitBeforeManifest => StorageRequests.WriteTo(storage.ReportManifest),
        _ => throw new ArgumentOutOfRangeException(nameof(point)),
    };
}
