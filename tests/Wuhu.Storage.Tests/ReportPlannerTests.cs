using Wuhu.Reports.Model;
using Wuhu.Storage.Publishing;
using Wuhu.Storage.Reports;

namespace Wuhu.Storage.Tests;

public class ReportPlannerTests
{
    private static PeriodPointer Period(int year, int quarter, bool fullYear) => new()
    {
        PeriodKey = $"{year}-Q{quarter}",
        Year = year,
        Quarter = quarter,
        FullYear = fullYear,
        VersionId = $"v{quarter}",
        SourceBlob = $"{year}/q{quarter}.txt",
        Sha256 = new string('0', 64),
        UploadedAt = DateTimeOffset.UnixEpoch,
        IngestedAt = DateTimeOffset.UnixEpoch,
        TaskCount = 1,
    };

    [Fact]
    public void A_full_year_bulletin_makes_the_annual_report_only()
    {
        var plans = ReportPlanner.Plan([Period(2023, 1, false), Period(2023, 3, false), Period(2023, 4, true)]);

        Assert.Equal(["wuhu-2023-annual.pdf", "wuhu-2023-q1.pdf", "wuhu-2023-q3.pdf"], plans.Select(p => p.FileName));
        Assert.Equal(["2023-Q1", "2023-Q3", "2023-Q4"], plans[0].Sources.Keys.Order());
        Assert.Equal(["2023-Q1", "2023-Q3"], plans[2].Sources.Keys.Order());
    }

    [Fact]
    public void A_fourth_quarter_bulletin_that_is_not_the_full_year_makes_a_quarterly_report()
    {
        var plans = ReportPlanner.Plan([Period(2024, 4, false)]);

        Assert.Equal([(ReportKind.Annual, (int?)null), (ReportKind.Quarterly, 4)], plans.Select(p => (p.Kind, p.Quarter)));
    }
}
