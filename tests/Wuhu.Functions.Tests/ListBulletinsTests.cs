using System.Net;
using System.Text;
using System.Text.Json;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Functions.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class ListBulletinsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Lists_ingestion_records_newest_first_with_reasons()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, (content, name) => Encoding.UTF8.GetString(content.Span) == "bad"
            ? throw new Wuhu.Bulletins.Model.BulletinRejectedException("noTable", $"{name}: no table")
            : TestBulletins.Create(source: name));
        await service.UploadAndIngestAsync("first.txt", new MemoryStream("good"u8.ToArray()));
        await service.UploadAndIngestAsync("second.txt", new MemoryStream("bad"u8.ToArray()));
        var function = new ListBulletins(new IngestionRecordStore(storage));

        var response = (TestHttpResponse)await function.RunAsync(new TestHttpRequest("https://localhost/api/bulletins"), default);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(response.BodyText);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["second.txt", "first.txt"], rows.Select(r => r.GetProperty("blobName").GetString()));
        Assert.Equal(["Rejected", "Accepted"], rows.Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal("noTable", rows[0].GetProperty("reasonCode").GetString());
        Assert.Equal("second.txt: no table", rows[0].GetProperty("message").GetString());
        Assert.Equal("2023-Q4", rows[1].GetProperty("periodKey").GetString());
    }

    [Fact]
    public async Task Top_limits_the_list_and_a_bad_top_is_a_400_naming_it()
    {
        var storage = await azurite.CreateStorageAsync();
        var service = new BulletinIngestionService(storage, (_, name) => TestBulletins.Create(source: name));
        await service.UploadAndIngestAsync("a.txt", new MemoryStream("a"u8.ToArray()));
        await service.UploadAndIngestAsync("b.txt", new MemoryStream("b"u8.ToArray()));
        var function = new ListBulletins(new IngestionRecordStore(storage));

        var one = (TestHttpResponse)await function.RunAsync(new TestHttpRequest("https://localhost/api/bulletins?top=1"), default);
        var bad = (TestHttpResponse)await function.RunAsync(new TestHttpRequest("https://localhost/api/bulletins?top=lots"), default);

        Assert.Single(JsonDocument.Parse(one.BodyText).RootElement.EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'lots'", bad.BodyText);
    }
}
