using System.Text;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Storage.Tests;

/// <summary>The reliability cases with the real parser: each bad file is rejected with its reason and nothing is stored.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class RealParserRejectionTests(AzuriteFixture azurite)
{
    public static TheoryData<string, byte[], string[]> BadFiles => new()
    {
        { "empty.txt", [], ["empty"] },
        { "photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3], ["binary", "unsupportedFormat"] },
        { "random.bin", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray(), ["binary", "unsupportedFormat"] },
        { "notes.txt", Encoding.UTF8.GetBytes("会议纪要\n今天讨论了停车场建设。\n下次会议在周五。\n"), ["noTable"] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_file_is_rejected_with_its_reason_and_nothing_is_stored(string name, byte[] content, string[] reasons)
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage);

        var record = await service.UploadAndIngestAsync(name, new MemoryStream(content));

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Contains(record.ReasonCode, reasons);
        Assert.False(string.IsNullOrWhiteSpace(record.Message));
        await BulletinIngestionServiceTests.AssertRejectedAndNothingStoredAsync(storage, name, record.ReasonCode!);
    }
}
