using Azure.Data.Tables;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Storage;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests;

[Collection(OutageCollection.Name)]
public sealed class ScratchPersistenceTests(RestartableAzurite azurite)
{
    [Fact]
    public async Task Scratch_entity_survives_restart()
    {
        var storage = StorageConnectionFactory.FromConnectionString(azurite.ConnectionString, AzuriteFixture.UniqueOptions());
        await storage.EnsureCreatedAsync();
        await storage.Periods.UpsertEntityAsync(new TableEntity("p", "a") { ["V"] = "1" });
        await storage.Periods.UpsertEntityAsync(new TableEntity("p", "a") { ["V"] = "2" }, TableUpdateMode.Replace);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        await azurite.StopAsync();
        Console.WriteLine($"stop {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        await azurite.StartAsync();
        Console.WriteLine($"start {sw.ElapsedMilliseconds} ms");
        var e = (await storage.Periods.GetEntityAsync<TableEntity>("p", "a")).Value;
        Assert.Equal("2", e.GetString("V"));
    }
}
