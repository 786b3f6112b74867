using Wuhu.Testing;

namespace Wuhu.Cli.Tests;

/// <summary>
/// Issue 12, item 9: a file whose name holds control characters (here ESC sequences that would recolour or clear a
/// terminal, and a bidi override) is ingested under its exact name, and `wuhu ingest` / `wuhu status` print it
/// escaped.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public class ControlCharacterOutputTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Ingest_and_status_print_control_characters_escaped()
    {
        const string name = "q1\u001B[2J\u001B[31m\u202Etxt.txt";
        var storage = await azurite.CreateStorageAsync();
        var folder = Directory.CreateTempSubdirectory("wuhu-cli-ctl-");
        try
        {
            File.Copy(Path.Combine(Samples.RepoSamples, "wuhu-2024-q1.txt"), Path.Combine(folder.FullName, name));
            var stdout = new StringWriter();

            var exit = await IngestCommand.RunAsync(storage, folder.FullName, stdout, new StringWriter(), CancellationToken.None);

            Assert.Equal(0, exit);
            Assert.Contains("q1\\u{001B}[2J\\u{001B}[31m\\u{202E}txt.txt: accepted, 2024-Q1", stdout.ToString());
            var status = new StringWriter();
            await StatusCommand.RunAsync(storage, 10, status, CancellationToken.None);
            Assert.Contains("q1\\u{001B}[2J\\u{001B}[31m\\u{202E}txt.txt", status.ToString());
            Assert.DoesNotContain('\u001B', stdout + status.ToString());
            Assert.DoesNotContain('\u202E', stdout + status.ToString());
            var stored = (await new Wuhu.Storage.Ingestion.IngestionRecordStore(storage).ListAsync()).Single();
            Assert.Equal(name, stored.BlobName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
