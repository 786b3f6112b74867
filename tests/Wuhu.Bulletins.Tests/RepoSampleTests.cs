using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins.Tests;

/// <summary>The repository's own samples (what `wuhu demo` ingests) must keep parsing as documented.</summary>
public class RepoSampleTests
{
    private static Bulletin Sample(string name) => BulletinParser.ParseFile(Path.Combine(SamplePaths.RepoSamples, name));

    [Theory]
    [InlineData("wuhu-2024-q1.txt", BulletinFormat.Text, 1, false, 12)]
    [InlineData("wuhu-2024-h1.html", BulletinFormat.Html, 2, false, 12)]
    [InlineData("wuhu-2024-q3.txt", BulletinFormat.Text, 3, false, 11)]
    [InlineData("wuhu-2024-annual.txt", BulletinFormat.Text, 4, true, 12)]
    public void Each_sample_parses_to_its_period(string name, BulletinFormat format, int quarter, bool fullYear, int tasks)
    {
        var bulletin = Sample(name);
        Assert.Equal((format, 2024, quarter, fullYear, tasks), (bulletin.Format, bulletin.Year, bulletin.Quarter, bulletin.FullYear, bulletin.Tasks.Count));
    }

    [Fact]
    public void The_gb18030_sample_reads_its_title_and_reports_the_missing_task()
    {
        var q3 = Sample("wuhu-2024-q3.txt");
        Assert.Equal("2024年1-9月重点工作任务进展情况", q3.Title);
        Assert.Equal([new ParseWarning("missingNumber", "task number 11 is missing: the numbers run 1–12 without it.")], q3.Warnings);
    }

    [Fact]
    public void The_annual_sample_has_sections_per_unit_progress_and_a_missed_target()
    {
        var annual = Sample("wuhu-2024-annual.txt");
        Assert.Equal("二、提升治理效能", Parse.Task(annual, 5).Section);
        Assert.Equal(2, Parse.Task(annual, 5).ProgressByUnit.Count);
        Assert.Equal(TaskStatus.NotMet, Parse.Task(annual, 3).Status);
        Assert.Equal(["市退役军人事务局"], Parse.Task(annual, 6).LeadUnits);
        Assert.Equal(10, Parse.Task(annual, 10).Number);
    }

    [Fact]
    public void The_html_sample_keeps_its_remark()
    {
        var h1 = Sample("wuhu-2024-h1.html");
        Assert.Equal("年中目标调整为70家", Parse.Task(h1, 11).Remarks);
        Assert.All(h1.Tasks.Where(t => t.Number != 11), t => Assert.Null(t.Remarks));
    }
}
