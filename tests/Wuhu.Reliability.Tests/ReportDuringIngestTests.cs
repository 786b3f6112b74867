using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Reports.Rendering;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Storage.Publishing;
using Wuhu.Storage.Reports;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>
/// A report build and an ingest of a corrected bulletin for the same period, interleaved at their most
/// dangerous points (forced with pauses, not left to timing). The report always matches one version whole:
/// its PDF's task count is that of the version its metadata and manifest name.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ReportDuringIngestTests(AzuriteFixture azurite)
{
    private static readonly SkiaPdfReportRenderer Renderer = new();
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Ingest_replacing_the_version_the_report_is_about_to_read_gives_a_report_of_the_new_version()
    {
        var (storage, old) = await SeededAsync();
        await storage.Bulletins.GetBlobClient("new.txt").UploadAsync(new BinaryData(BulletinBytes.Text(tasks: 5, seed: 2, publishedDay: 20)));

        // The report has read the pointer (old version) and is about to read that version's rows: hold it there
        // while the corrected bulletin is published and the old version deleted.
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pause = new BeforeRequest(StorageRequests.ReadOfVersion(old.VersionId!), async () =>
        {
            reached.SetResult();
            await release.Task;
        });
        var reporting = new ReportPublisher(StorageRequests.With(azurite.ConnectionString, storage.Options, pause), Renderer).PublishAsync(BulletinBytes.Year);
        await reached.Task.WaitAsync(Patience);
        var corrected = await new BulletinIngestionService(storage).IngestAsync(storage.Bulletins.GetBlobClient("new.txt"));
        Assert.Equal(IngestionOutcome.Accepted, corrected.Outcome);
        Assert.DoesNotContain(VersionRows.PartitionKey(old.PeriodKey!, old.VersionId!), await StoredState.VersionPartitionsAsync(storage));
        release.SetResult();
        await reporting.WaitAsync(Patience);

        await AssertReportsOfAsync(storage, corrected.VersionId!, tasks: 5);
    }

    [Fact]
    public async Task Report_built_while_an_ingest_is_between_rows_and_pointer_is_of_the_old_version_then_rebuilt()
    {
        var (storage, old) = await SeededAsync();
        await storage.Bulletins.GetBlobClient("new.txt").UploadAsync(new BinaryData(BulletinBytes.Text(tasks: 5, seed: 2, publishedDay: 20)));

        // The ingest has written the new version's rows but not switched the pointer: build the reports then.
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var publisher = new BulletinPublisher(storage)
        {
            BeforePointerSwitch = async (_, _) =>
            {
                written.SetResult();
                await release.Task;
            },
        };
        var ingesting = new BulletinIngestionService(storage, publisher, new IngestionRecordStore(storage)).IngestAsync(storage.Bulletins.GetBlobClient("new.txt"));
        await written.Task.WaitAsync(Patience);
        Assert.Equal(2, (await StoredState.VersionPartitionsAsync(storage)).Count);
        await new ReportPublisher(storage, Renderer).PublishAsync(BulletinBytes.Year);
        await AssertReportsOfAsync(storage, old.VersionId!, tasks: 3);

        release.SetResult();
        var corrected = await ingesting.WaitAsync(Patience);
        Assert.Equal(IngestionOutcome.Accepted, corrected.Outcome);
        await new ReportPublisher(storage, Renderer).PublishAsync(BulletinBytes.Year);
        await AssertReportsOfAsync(storage, corrected.VersionId!, tasks: 5);
    }

    private async Task<(StorageContext Storage, IngestionRecord Old)> SeededAsync()
    {
        var storage = await azurite.CreateStorageAsync();
        var old = await new BulletinIngestionService(storage).UploadAndIngestAsync("old.txt", new MemoryStream(BulletinBytes.Text(tasks: 3, seed: 1, publishedDay: 10)));
        Assert.Equal(IngestionOutcome.Accepted, old.Outcome);
        return (storage, old);
    }

    /// <summary>Both reports (annual, Q1) are complete PDFs of <paramref name="versionId"/>, and the manifest says so.</summary>
    private static async Task AssertReportsOfAsync(StorageContext storage, string versionId, int tasks)
    {
        var reports = await StoredReport.ReadAllAsync(storage);
        var manifest = await StoredReport.ManifestAsync(storage);
        Assert.Equal(2, reports.Count);
        Assert.All(reports, report =>
        {
            ReportOutageTests.AssertOneVersion(report, new Dictionary<string, int> { [versionId] = tasks });
            Assert.Equal((report.Sources, report.Sha256), (manifest[report.BlobName].Sources, manifest[report.BlobName].PdfSha256));
        });
    }
}
