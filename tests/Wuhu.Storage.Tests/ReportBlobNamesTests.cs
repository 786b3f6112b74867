using Wuhu.Reports.Model;
using Wuhu.Storage.Reports;

namespace Wuhu.Storage.Tests;

public sealed class ReportBlobNamesTests
{
    [Theory]
    [InlineData("2023", "wuhu-2023-annual.pdf", "2023/wuhu-2023-annual.pdf")]
    [InlineData("2023", "wuhu-2023-q1.pdf", "2023/wuhu-2023-q1.pdf")]
    [InlineData("1999", "wuhu-1999-q4.pdf", "1999/wuhu-1999-q4.pdf")]
    public void Report_paths_resolve_to_their_blob(string year, string file, string expected)
    {
        Assert.True(ReportBlobNames.TryResolve(year, file, out var blob));
        Assert.Equal(expected, blob);
    }

    [Theory]
    [InlineData("2023", "wuhu-2024-annual.pdf")] // other year's file
    [InlineData("2023", "wuhu-2023-q5.pdf")]
    [InlineData("2023", "wuhu-2023-q0.pdf")]
    [InlineData("2023", "WUHU-2023-annual.pdf")]
    [InlineData("2023", "wuhu-2023-annual.PDF")]
    [InlineData("2023", "wuhu-2023-annual.pdf.bak")]
    [InlineData("2023", "../wuhu-2023-annual.pdf")]
    [InlineData("2023", "..%2Fwuhu-2023-annual.pdf")]
    [InlineData("2023", "x/wuhu-2023-annual.pdf")]
    [InlineData("2023", "wuhu-2023-annual.pdf\n")]
    [InlineData("2023", " wuhu-2023-annual.pdf")]
    [InlineData("2023", "")]
    [InlineData("23", "wuhu-23-annual.pdf")]
    [InlineData("20230", "wuhu-20230-annual.pdf")]
    [InlineData("２０２３", "wuhu-２０２３-annual.pdf")] // full-width digits are not digits here
    [InlineData("..", "wuhu-2023-annual.pdf")]
    [InlineData(null, "wuhu-2023-annual.pdf")]
    [InlineData("2023", null)]
    public void Anything_else_is_refused(string? year, string? file)
    {
        Assert.False(ReportBlobNames.TryResolve(year, file, out var blob));
        Assert.Null(blob);
    }

    [Fact]
    public void Blob_names_parse_back()
    {
        Assert.True(ReportBlobNames.TryParse("2023/wuhu-2023-q3.pdf", out var year, out var kind, out var quarter));
        Assert.Equal((2023, ReportKind.Quarterly, (int?)3), (year, kind, quarter));
        Assert.True(ReportBlobNames.TryParse(ReportBlobNames.BlobName(ReportKind.Annual, 2022, null), out year, out kind, out quarter));
        Assert.Equal((2022, ReportKind.Annual, (int?)null), (year, kind, quarter));
        Assert.False(ReportBlobNames.TryParse("wuhu-2023-q3.pdf", out _, out _, out _));
        Assert.False(ReportBlobNames.TryParse("2023/sub/wuhu-2023-q3.pdf", out _, out _, out _));
    }

    [Fact]
    public void Fingerprint_is_ordered_and_carries_the_format_version()
    {
        var plan = new PlannedReport(ReportKind.Annual, 2023, null, new Dictionary<string, string> { ["2023-Q4"] = "v2", ["2023-Q1"] = "v1" });
        Assert.Equal("format=2;2023-Q1=v1;2023-Q4=v2", plan.Fingerprint);
    }
}
