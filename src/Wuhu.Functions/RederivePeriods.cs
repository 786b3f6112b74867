using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using Wuhu.Storage.Maintenance;
using Wuhu.Storage.Rederivation;

namespace Wuhu.Functions;

/// <summary>
/// The nightly storage maintenance (StorageMaintenanceService) on the RederiveSchedule setting, before the report
/// timer so that BuildReports picks up the changed periods: brings stored periods up to the deployed parser version,
/// then removes abandoned version partitions. On demand, POST /api/periods/rederive[?dryRun=true] (function key)
/// re-derives only and answers the per-period results.
/// </summary>
public sealed class RederivePeriods(StorageMaintenanceService maintenance, ILogger<RederivePeriods> logger)
{
    private BulletinRederivationService Rederivation => maintenance.Rederivation;

    [Function(nameof(RederivePeriods))]
    public async Task Run([TimerTrigger($"%{AppSettingNames.RederiveSchedule}%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var run = await maintenance.RunAsync(cancellationToken);
        Log(run.Rederivation);
        logger.LogInformation("RederivePeriods: removed {Swept} abandoned version(s) (written by a publish that never switched its period's pointer, older than {Minutes} min)",
            run.SweptVersions, Wuhu.Storage.Publishing.BulletinPublisher.AbandonedVersionAge.TotalMinutes);
        if (timer.IsPastDue)
        {
            logger.LogInformation("RederivePeriods: the run was past due.");
        }
    }

    [Function("RederivePeriodsNow")]
    public async Task<HttpResponseData> RunNow(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/periods/rederive")] HttpRequestData request,
        CancellationToken cancellationToken)
    {
        var dryRunText = System.Web.HttpUtility.ParseQueryString(request.Url.Query)["dryRun"];
        var dryRun = false;
        if (dryRunText is not null && !bool.TryParse(dryRunText, out dryRun))
        {
            var bad = request.CreateResponse(HttpStatusCode.BadRequest);
            bad.Headers.Add("Content-Type", "application/json; charset=utf-8");
            await bad.WriteStringAsync(JsonSerializer.Serialize(new { Error = $"dryRun must be true or false, not '{dryRunText}'." }, ListBulletins.Json), cancellationToken);
            return bad;
        }

        var run = await Rederivation.RederiveAsync(dryRun, cancellationToken);
        Log(run);
        var response = request.CreateResponse(HttpStatusCode.OK);
        response.Headers.Add("Content-Type", "application/json; charset=utf-8");
        await response.WriteStringAsync(JsonSerializer.Serialize(new
        {
            run.ParserVersion,
            run.DryRun,
            Rederived = run.Count(RederivationOutcome.Rederived),
            Unchanged = run.Count(RederivationOutcome.Unchanged),
            Current = run.Count(RederivationOutcome.Current),
            Superseded = run.Count(RederivationOutcome.Superseded),
            run.LeftOutdated,
            ElapsedMs = Math.Round(run.Elapsed.TotalMilliseconds),
            run.Periods,
        }, ListBulletins.Json), cancellationToken);
        return response;
    }

    private void Log(RederivationRun run)
    {
        foreach (var period in run.Periods)
        {
            if (period.Outcome.LeftOutdated())
            {
                // The period keeps data from an older parser: someone has to look (source gone, changed, rejected…).
                logger.LogWarning("Rederive {Period}: {Outcome} ({Reason}) {Message}", period.PeriodKey, period.Outcome, period.ReasonCode, period.Message);
            }
            else if (period.Outcome is RederivationOutcome.Rederived or RederivationOutcome.Superseded)
            {
                logger.LogInformation("Rederive {Period}: {Outcome} {Message}", period.PeriodKey, period.Outcome, period.Message);
            }
        }

        logger.LogInformation(
            "RederivePeriods{DryRun}: parser {ParserVersion}: {Rederived} re-derived, {Unchanged} unchanged, {Current} current, {Superseded} replaced by uploads, {LeftOutdated} left outdated",
            run.DryRun ? " (dry run)" : "", run.ParserVersion, run.Count(RederivationOutcome.Rederived), run.Count(RederivationOutcome.Unchanged),
            run.Count(RederivationOutcome.Current), run.Count(RederivationOutcome.Superseded), run.LeftOutdated);
    }
}
