using Wuhu.Bulletins.Model;
using Wuhu.Reports.Building;
using Wuhu.Storage;

namespace Wuhu.Cli;

/// <summary>Reads the published bulletins of a year from storage for `wuhu report` without --from-file.</summary>
public static class ReportStorageSources
{
    public static async Task<IReadOnlyList<BulletinSource>> LoadAsync(StorageContext storage, int year, CancellationToken cancellationToken)
    {
        var reader = new PublishedPeriodReader(storage);
        var periods = await reader.ListPeriodsAsync(year, cancellationToken);
        if (periods.Count == 0)
        {
            var all = await reader.ListPeriodsAsync(null, cancellationToken);
            var found = all.Select(p => new ReportingPeriod(p.Year, p.Quarter, p.FullYear));
            throw new ReportInputException(
                $"Storage has no published bulletin for {year}; periods found: {PeriodText.Describe(found)}. Ingest one with `wuhu ingest`, or use --from-file.");
        }

        return [.. periods.Select(p => new BulletinSource(p.Bulletin, p.Sha256))];
    }
}
