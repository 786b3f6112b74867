using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests;

public class PeriodTests
{
    private static Bulletin WithTitle(string title, string header = "完成情况", string file = "bulletin.txt", string progress = "正在推进。") =>
        Parse.Text(new TextBulletin(title, header).Row("1", "任务。", "市发改委", progress), file);

    [Theory]
    [InlineData("2023年度重点工作任务完成情况", 2023, 4, true)]
    [InlineData("2023年全年重点工作任务完成情况", 2023, 4, true)]
    [InlineData("2024年一季度重点工作任务进展情况", 2024, 1, false)]
    [InlineData("2024年第二季度重点工作任务进展情况", 2024, 2, false)]
    [InlineData("2024年上半年重点工作任务完成情况", 2024, 2, false)]
    [InlineData("2024年前三季度重点工作任务完成情况", 2024, 3, false)]
    [InlineData("2024年1-9月重点工作任务进展情况", 2024, 3, false)]
    [InlineData("2024年度重点工作任务一季度进展情况", 2024, 1, false)]
    public void From_the_title(string title, int year, int quarter, bool fullYear)
    {
        var bulletin = WithTitle(title);
        Assert.Equal((year, quarter, fullYear, "title"), (bulletin.Year, bulletin.Quarter, bulletin.FullYear, bulletin.PeriodSource));
    }

    [Fact]
    public void From_the_progress_header_when_the_title_has_none()
    {
        var bulletin = WithTitle("重点工作任务完成情况", "2023年全年完成情况");
        Assert.Equal((2023, 4, true, "progressHeader"), (bulletin.Year, bulletin.Quarter, bulletin.FullYear, bulletin.PeriodSource));
    }

    [Fact]
    public void Quarter_from_the_header_year_from_the_title()
    {
        var bulletin = WithTitle("2024年重点工作任务推进情况", "一季度工作进展");
        Assert.Equal((2024, 1, false), (bulletin.Year, bulletin.Quarter, bulletin.FullYear));
    }

    [Fact]
    public void From_the_body_when_title_and_header_are_silent()
    {
        var bulletin = WithTitle("重点工作任务推进情况", "进展情况", progress: "2025年一季度,已开工项目12个。");
        Assert.Equal((2025, 1, "body"), (bulletin.Year, bulletin.Quarter, bulletin.PeriodSource));
    }

    [Theory]
    [InlineData("2024-Q2.txt", 2024, 2)]
    [InlineData("wuhu-2024q3.txt", 2024, 3)]
    [InlineData("2024年二季度.txt", 2024, 2)]
    public void From_the_file_name_as_a_last_resort(string file, int year, int quarter)
    {
        var bulletin = WithTitle("重点工作任务推进情况", "进展情况", file);
        Assert.Equal((year, quarter, "fileName"), (bulletin.Year, bulletin.Quarter, bulletin.PeriodSource));
    }

    [Fact]
    public void No_period_anywhere_is_rejected_naming_what_was_looked_for()
    {
        var rejection = Assert.Throws<BulletinRejectedException>(() => WithTitle("重点工作任务推进情况", "进展情况", "upload.txt"));
        Assert.Equal("noPeriod", rejection.Code);
        Assert.Contains("title", rejection.Message);
        Assert.Contains("file name", rejection.Message);
        Assert.Contains("一季度", rejection.Message);
    }
}
