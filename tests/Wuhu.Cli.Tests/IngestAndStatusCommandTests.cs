using Wuhu.Storage;
using Wuhu.Testing;

namespace Wuhu.Cli.Tests;

/// <summary>`wuhu ingest` and `wuhu status` against a real Azurite, as a user runs them.</summary>
[Collection(AzuriteFixture.Collection)]
public class IngestAndStatusCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ingesting_the_samples_folder_reports_progress_and_stores_every_period()
    {
        var storage = await azurite.CreateStorageAsync();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await IngestCommand.RunAsync(storage, Samples.RepoSamples, stdout, stderr, CancellationToken.None);

        Assert.Equal(0, exit);
        var output = stdout.ToString();
        Assert.Contains("[1/4] wuhu-2024-annual.txt: accepted, 2024-Q4, 12 tasks", output);
        Assert.Contains("[4/4] wuhu-2024-q3.txt: accepted, 2024-Q3, 11 tasks, 1 warnings", output);
        Assert.Contains("4 files: 4 accepted, 0 duplicate, 0 superseded, 0 rejected", output);
        Assert.Empty(stderr.ToString());

        var status = new StringWriter();
        await StatusCommand.RunAsync(storage, 10, status, CancellationToken.None);
        foreach (var period in new[] { "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4 (full year)" })
        {
            Assert.Contains($"  {period}", status.ToString());
        }
    }

    [Fact]
    public async Task A_pdf_bulletin_is_ingested_and_a_locked_pdf_is_rejected_saying_why()
    {
        var storage = await azurite.CreateStorageAsync();
        var fixtures = Path.Combine(Samples.RepoRoot, "tests", "Wuhu.Bulletins.Tests", "Fixtures");
        var folder = Directory.CreateTempSubdirectory("wuhu-cli-pdf-");
        try
        {
            File.Copy(Path.Combine(fixtures, "wuhu-2025-q2-chromium.pdf"), Path.Combine(folder.FullName, "q2.pdf"));
            File.Copy(Path.Combine(fixtures, "password-protected.pdf"), Path.Combine(folder.FullName, "locked.pdf"));
            var stdout = new StringWriter();

            var exit = await IngestCommand.RunAsync(storage, folder.FullName, stdout, new StringWriter(), CancellationToken.None);

            Assert.Equal(IngestCommand.RejectedExitCode, exit);
            Assert.Contains("q2.pdf: accepted, 2025-Q2, 14 tasks", stdout.ToString());
            Assert.Contains("locked.pdf: REJECTED (encryptedPdf)", stdout.ToString());
            var records = await new Wuhu.Storage.Ingestion.IngestionRecordStore(storage).ListAsync();
            Assert.Equal("pdf", records.Single(r => r.BlobName.EndsWith("q2.pdf", StringComparison.Ordinal)).Format);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_rejected_file_exits_2_and_status_shows_why()
    {
        var storage = await azurite.CreateStorageAsync();
        var folder = Directory.CreateTempSubdirectory("wuhu-cli-");
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "photo.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
            File.Copy(Path.Combine(Samples.RepoSamples, "wuhu-2024-q1.txt"), Path.Combine(folder.FullName, "q1.txt"));
            var stdout = new StringWriter();

            var exit = await IngestCommand.RunAsync(storage, folder.FullName, stdout, new StringWriter(), CancellationToken.None);

            Assert.Equal(IngestCommand.RejectedExitCode, exit);
            Assert.Contains("photo.txt: REJECTED (unsupportedFormat)", stdout.ToString());
            Assert.Contains("q1.txt: accepted, 2024-Q1", stdout.ToString());
            var status = new StringWriter();
            await StatusCommand.RunAsync(storage, 10, status, CancellationToken.None);
            Assert.Contains("REJECTED (unsupportedFormat)", status.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Ingesting_the_same_folder_again_prints_duplicate_and_counts_nothing_as_accepted()
    {
        var storage = await azurite.CreateStorageAsync();
        await IngestCommand.RunAsync(storage, Samples.RepoSamples, new StringWriter(), new StringWriter(), CancellationToken.None);
        var stdout = new StringWriter();

        var exit = await IngestCommand.RunAsync(storage, Samples.RepoSamples, stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exit);
        var output = stdout.ToString();
        Assert.Contains("[1/4] wuhu-2024-annual.txt: duplicate: Period 2024-Q4 already shows this content (from wuhu-2024-annual.txt).", output);
        Assert.DoesNotContain("accepted,", output);
        Assert.Contains("4 files: 0 accepted, 4 duplicate, 0 superseded, 0 rejected; 0 table transactions.", output);
    }

    [Fact]
    public async Task An_older_bulletin_after_a_newer_one_of_its_period_is_superseded_not_accepted()
    {
        var storage = await azurite.CreateStorageAsync();
        var folder = Directory.CreateTempSubdirectory("wuhu-cli-");
        try
        {
            // Same period, different bytes: the later-published one (b) wins, whichever arrives first.
            var original = await File.ReadAllTextAsync(Path.Combine(Samples.RepoSamples, "wuhu-2024-q1.txt"));
            var published = System.Text.RegularExpressions.Regex.Match(original, @"\d{4}-\d{2}-\d{2}").Value;
            var later = DateOnly.Parse(published).AddDays(3).ToString("yyyy-MM-dd");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "a-q1-corrected.txt"), original.Replace(published, later));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "b-q1.txt"), original);
            var stdout = new StringWriter();

            var exit = await IngestCommand.RunAsync(storage, folder.FullName, stdout, new StringWriter(), CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.Contains("[2/2] b-q1.txt: superseded: Period 2024-Q1 already shows a newer bulletin: a-q1-corrected.txt", stdout.ToString());
            Assert.Contains("2 files: 1 accepted, 0 duplicate, 1 superseded, 0 rejected", stdout.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_path_is_an_error_naming_it()
    {
        var storage = await azurite.CreateStorageAsync();
        var stderr = new StringWriter();

        var exit = await IngestCommand.RunAsync(storage, "/no/such/bulletins", new StringWriter(), stderr, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("no such file or folder: /no/such/bulletins", stderr.ToString());
    }
}
