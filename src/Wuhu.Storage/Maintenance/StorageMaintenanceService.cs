using Wuhu.Storage.Publishing;
using Wuhu.Storage.Rederivation;

namespace Wuhu.Storage.Maintenance;

/// <summary>What one nightly maintenance run did.</summary>
/// <param name="SweptVersions">Abandoned versions removed (written, never switched to, older than the grace period).</param>
public sealed record MaintenanceRun(RederivationRun Rederivation, int SweptVersions);

/// <summary>
/// The nightly storage maintenance the RederivePeriods timer runs (RederiveSchedule, before the report timer):
/// brings periods stored by an older parser up to the current one, then removes the version partitions that a
/// publish killed between its rows and its pointer switch left behind (readers never saw them; they cost storage
/// only). The sweep runs even when re-derivation left some periods outdated: the two are independent.
/// </summary>
public sealed class StorageMaintenanceService(BulletinRederivationService rederivation)
{
    public BulletinRederivationService Rederivation => rederivation;

    public BulletinPublisher Publisher => rederivation.Publisher;

    public async Task<MaintenanceRun> RunAsync(CancellationToken cancellationToken = default)
    {
        var run = await rederivation.RederiveAsync(dryRun: false, cancellationToken);
        var swept = await rederivation.Publisher.SweepAbandonedVersionsAsync(cancellationToken);
        return new MaintenanceRun(run, swept);
    }
}
