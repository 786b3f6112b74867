using Wuhu.Reports.Building;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Tests;

public class ModelReportNamesTests
{
    [Theory]
    [InlineData(ReportKind.Annual, 2023, null, "wuhu-2023-annual.pdf")]
    [InlineData(ReportKind.Quarterly, 2023, 3, "wuhu-2023-q3.pdf")]
    public void File_names_follow_the_contract(ReportKind kind, int year, int? quarter, string expected) =>
        Assert.Equal(expected, ReportNames.FileName(kind, year, quarter));

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarterly_name_needs_a_real_quarter(int? quarter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportNames.FileName(ReportKind.Quarterly, 2023, quarter));

    [Fact]
    public void Every_status_has_a_distinct_label()
    {
        var labels = Enum.GetValues<TaskStatus>().Select(StatusLabels.Of).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Equal(Enum.GetValues<TaskStatus>().Length, StatusLabels.Ordered.Count);
    }

    [Theory]
    [InlineData("5000.0", "5000")]
    [InlineData("28.620", "28.62")]
    [InlineData("0.5", "0.5")]
    public void Numbers_print_without_trailing_zeros(string value, string expected) =>
        Assert.Equal(expected, NumberText.Plain(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
