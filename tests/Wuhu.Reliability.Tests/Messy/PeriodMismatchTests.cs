namespace Wuhu.Reliability.Tests.Messy;

/// <summary>Issue 12, item 10: a title and a progress header naming different periods give a warning naming both.</summary>
public sealed class PeriodMismatchTests
{
    public static TheoryData<string, string, string, string> Mismatches => new()
    {
        { "2024年一季度重点工作任务进展情况", "上半年进展情况", "2024 Q1", "Q2" },
        { "2024年一季度重点工作任务进展情况", "2023年全年完成情况", "2024 Q1", "2023 全年" },
        { "2024年度重点工作任务完成情况", "2023年完成情况", "2024 全年", "the year 2023" },
        { "2024年上半年重点工作任务进展情况", "三季度工作进展", "2024 Q2", "Q3" },
        { "2024年度重点工作任务完成情况", "一季度进展情况", "2024 全年", "Q1" },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void Title_and_progress_header_naming_different_periods_give_a_warning_naming_both(string title, string header, string titleNames, string headerNames)
    {
        var bulletin = new TextTable(title, header).Rows(1, 3).WithFooter().Parse();

        var warning = Assert.Single(bulletin.Warnings, w => w.Code == "periodMismatch");
        Assert.Contains(title, warning.Message);
        Assert.Contains(header, warning.Message);
        Assert.Contains($"names {titleNames} but", warning.Message);
        Assert.Contains($"names {headerNames};", warning.Message);
    }

    [Theory]
    [InlineData("2024年一季度重点工作任务进展情况", "一季度进展情况")]
    [InlineData("2024年重点工作任务进展情况", "一季度进展情况")]
    [InlineData("2024年一季度重点工作任务进展情况", "2024年一季度工作进展")]
    [InlineData("2024年重点工作任务完成情况", "2024年全年完成情况")]
    public void Agreeing_or_complementary_periods_give_no_warning(string title, string header)
    {
        var bulletin = new TextTable(title, header).Rows(1, 3).WithFooter().Parse();

        Assert.DoesNotContain(bulletin.Warnings, w => w.Code == "periodMismatch");
    }
}
