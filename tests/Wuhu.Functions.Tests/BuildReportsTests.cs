using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Wuhu.Testing;

namespace Wuhu.Functions.Tests;

[Collection(AzuriteFixture.Collection)]
public sealed class BuildReportsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Timer_builds_the_reports_then_a_second_run_with_unchanged_data_writes_nothing()
    {
        var storage = await ReportsFunctionTestData.SeedAsync(azurite);

        await new BuildReports(ReportsFunctionTestData.Publisher(storage), NullLogger<BuildReports>.Instance).Run(new TimerInfo(), CancellationToken.None);

        var names = storage.Reports.GetBlobs().Select(b => b.Name).ToList();
        Assert.Equal(["2023/wuhu-2023-annual.pdf", "2023/wuhu-2023-q1.pdf", "2023/wuhu-2023-q2.pdf"], names);
        var pdf = (await storage.Reports.GetBlobClient("2023/wuhu-2023-annual.pdf").DownloadContentAsync()).Value;
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.Content.ToArray(), 0, 5));
        Assert.Equal("application/pdf", pdf.Details.ContentType);

        var count = new ReportsFunctionTestData.WriteCount();
        var counted = ReportsFunctionTestData.Counted(azurite, storage, count);
        await new BuildReports(ReportsFunctionTestData.Publisher(counted), NullLogger<BuildReports>.Instance).Run(new TimerInfo(), CancellationToken.None);

        Assert.Equal(0, count.Writes);
    }

    [Fact]
    public void Timer_schedule_comes_from_the_ReportSchedule_setting()
    {
        var trigger = typeof(BuildReports).GetMethod(nameof(BuildReports.Run))!.GetParameters()[0]
            .GetCustomAttributes(typeof(TimerTriggerAttribute), false).Cast<TimerTriggerAttribute>().Single();

        Assert.Equal("%ReportSchedule%", trigger.Schedule);
    }
}
