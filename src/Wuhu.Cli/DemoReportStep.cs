using Wuhu.Reports.Rendering;
using Wuhu.Storage;
using Wuhu.Storage.Reports;

namespace Wuhu.Cli;

/// <summary>
/// The report step of `wuhu demo`, run after ingestion and before the reports container is downloaded: the same
/// publisher as the BuildReports timer builds every report the stored periods allow (only the changed ones
/// when the demo runs again on the same Azurite data).
/// </summary>
public static class DemoReportStep
{
    public static async Task<int> BuildReportsAsync(StorageContext storage, TextWriter stdout, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcomes = await new ReportPublisher(storage, new SkiaPdfReportRenderer()).PublishAsync(cancellationToken: cancellationToken);
        foreach (var report in outcomes)
        {
            stdout.WriteLine($"  {(report.Built ? "built    " : "unchanged")} {storage.Reports.Name}/{report.BlobName} ({report.Size:N0} bytes)");
        }

        var built = outcomes.Count(o => o.Built);
        stdout.WriteLine($"Reports: {built} built, {outcomes.Count - built} unchanged, in {clock.ElapsedMilliseconds} ms.");
        return built;
    }
}
