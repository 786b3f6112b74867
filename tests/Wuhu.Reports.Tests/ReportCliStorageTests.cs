using Wuhu.Cli;
using Wuhu.Reports.Building;
using Wuhu.Storage.Publishing;
using Wuhu.Testing;

namespace Wuhu.Reports.Tests;

[CollectionDefinition(AzuriteFixture.Collection)]
public sealed class ReportCliAzuriteCollection : ICollectionFixture<AzuriteFixture>;

/// <summary>`wuhu report` without --from-file: the year's published periods come from storage.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ReportCliStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Report_from_storage_uses_the_published_periods_of_the_year()
    {
        var storage = await azurite.CreateStorageAsync();
        var publisher = new BulletinPublisher(storage);
        foreach (var (year, quarter, fullYear, tasks) in new[] { (2022, 4, true, 2), (2023, 2, false, 3), (2023, 3, false, 4) })
        {
            var bulletin = TestBulletins.Create(year, quarter, fullYear, tasks, source: $"wuhu-{year}-q{quarter}.txt");
            await publisher.PublishAsync(bulletin, new PublishSource(bulletin.Source, $"{year}{quarter}", DateTimeOffset.UtcNow));
        }

        var sources = await ReportStorageSources.LoadAsync(storage, 2023, CancellationToken.None);
        var report = ReportCommand.Build(new ReportCommand.ReportRequest(2023, 3, null), sources);

        Assert.Equal(["2023-Q2", "2023-Q3"], sources.Select(s => s.Period.Key));
        Assert.Equal(("2023年第三季度", 4), (report.PeriodLabel, report.Figures.Tasks));
        Assert.Equal("2023年第二季度", report.Changes!.PreviousPeriodLabel);
        Assert.Equal("20233", report.Sources[0].Sha256);

        var error = await Assert.ThrowsAsync<ReportInputException>(() => ReportStorageSources.LoadAsync(storage, 2024, CancellationToken.None));
        Assert.Contains("no published bulletin for 2024; periods found: 2022-Q4 (全年), 2023-Q2, 2023-Q3", error.Message);
    }
}
