using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Wuhu.Storage.Reports;

namespace Wuhu.Functions;

/// <summary>
/// Nightly (schedule in the ReportSchedule setting): rebuilds the reports whose source periods changed since
/// they were last built. With unchanged data it only reads the period pointers and the manifest.
/// </summary>
public sealed class BuildReports(ReportPublisher publisher, ILogger<BuildReports> logger)
{
    [Function(nameof(BuildReports))]
    public async Task Run([TimerTrigger($"%{AppSettingNames.ReportSchedule}%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var outcomes = await publisher.PublishAsync(cancellationToken: cancellationToken);
        var built = outcomes.Where(o => o.Built).ToList();
        foreach (var report in built)
        {
            logger.LogInformation("Built report {BlobName} ({Size} bytes)", report.BlobName, report.Size);
        }

        logger.LogInformation(
            "BuildReports: {Built} report(s) rebuilt, {Unchanged} unchanged{PastDue}",
            built.Count, outcomes.Count - built.Count, timer.IsPastDue ? " (run was past due)" : "");
    }
}
