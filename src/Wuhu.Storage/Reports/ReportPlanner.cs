using Wuhu.Reports.Model;
using Wuhu.Storage.Publishing;

namespace Wuhu.Storage.Reports;

/// <summary>
/// Decides which reports the published periods call for: per year an annual report (reading every period of
/// the year) and one quarterly report per quarter with a quarterly bulletin (reading that quarter and the earlier
/// ones, which feed its trend and its changes section). A full-year bulletin makes the annual report only: it is
/// not also a fourth-quarter report.
/// </summary>
public static class ReportPlanner
{
    public static IReadOnlyList<PlannedReport> Plan(IEnumerable<PeriodPointer> periods)
    {
        var plans = new List<PlannedReport>();
        foreach (var year in periods.GroupBy(p => p.Year).OrderBy(g => g.Key))
        {
            var ofYear = year.OrderBy(p => p.Quarter).ToList();
            plans.Add(new PlannedReport(ReportKind.Annual, year.Key, null, Versions(ofYear)));
            foreach (var quarter in ofYear.Where(p => !p.FullYear))
            {
                plans.Add(new PlannedReport(ReportKind.Quarterly, year.Key, quarter.Quarter,
                    Versions(ofYear.Where(p => p.Quarter <= quarter.Quarter))));
            }
        }

        return plans;
    }

    private static Dictionary<string, string> Versions(IEnumerable<PeriodPointer> periods) =>
        periods.ToDictionary(p => p.PeriodKey, p => p.VersionId, StringComparer.Ordinal);
}
