using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

/// <summary>
/// Blob names with "." or ".." segments: HTTP clients collapse them in the URL ("bulletins/../reports/x" is
/// "reports/x"), so such a name would write into another container. Ingestion must refuse them before uploading.
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class BlobNameContainmentTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("../x.txt")]
    [InlineData("../{reports}/2023/wuhu-2023-annual.pdf")]
    [InlineData("a/../../{reports}/2023/wuhu-2023-q1.pdf")]
    [InlineData("./../{reports}/x.txt")]
    [InlineData("..")]
    [InlineData("a/./b.txt")]
    [InlineData("a/b/..")]
    public async Task Upload_under_a_dot_segment_name_is_refused_and_writes_nowhere(string template)
    {
        var storage = await azurite.CreateStorageAsync();
        var name = template.Replace("{reports}", storage.Options.ReportsContainer, StringComparison.Ordinal);
        var service = new BulletinIngestionService(storage);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => service.UploadAndIngestAsync(name, new MemoryStream(BulletinBytes.Text())));

        Assert.Contains(name, refused.Message);
        await foreach (var container in storage.BlobService.GetBlobContainersAsync())
        {
            if (container.Name == storage.Options.ReportsContainer || container.Name == storage.Options.BulletinsContainer)
            {
                await foreach (var blob in storage.BlobService.GetBlobContainerClient(container.Name).GetBlobsAsync())
                {
                    Assert.Fail($"{name} wrote {container.Name}/{blob.Name}");
                }
            }
        }

        Assert.Empty(await new IngestionRecordStore(storage).ListAsync());
    }
}
