using Wuhu.Bulletins.Model;
using static Wuhu.Reports.Tests.BuildingTestData;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Tests;

/// <summary>One office under several names (市经信局 / 市工信局, 市发改委 / 市发展和改革委员会) is one row everywhere.</summary>
public class BuildingUnitNameTests
{
    [Fact]
    public void The_scoreboard_groups_an_office_under_its_canonical_name()
    {
        // Stored before the parser made names canonical: the names as printed.
        var source = Source(2023, 4, true,
            Task(1, TaskStatus.Completed, ["市经信局"]),
            Task(2, TaskStatus.InProgress, ["市工业和信息化局"]),
            Task(3, TaskStatus.Completed, ["市发展和改革委员会", "市发改委"]));

        var report = Builder().BuildAnnual(2023, [source]);

        Assert.Equal([("市工信局", 2), ("市发改委", 1)], report.Units.Select(u => (u.Unit, u.Total)));
    }

    [Fact]
    public void Quarter_changes_pair_tasks_and_name_units_canonically()
    {
        var q2 = Source(2024, 2, false, Task(1, TaskStatus.InProgress, ["市经信局"]));
        var q3 = Source(2024, 3, false, Task(1, TaskStatus.Completed, ["市工信局"]));

        var changes = Builder().BuildQuarterly(2024, 3, [q2, q3]).Changes!;

        Assert.Equal(["市工信局"], Assert.Single(changes.StatusChanges).Units);
    }

    [Fact]
    public void The_appendix_shows_cooperating_units_apart_from_the_lead()
    {
        var task = Task(1, TaskStatus.InProgress, ["市发改委"]) with { PartnerUnits = ["市政府各部门", "各直属单位"] };

        var report = Builder().BuildAnnual(2023, [Source(2023, 4, true, task)]);
        var row = Assert.Single(report.Appendix);

        Assert.Equal(["市发改委"], row.Units);
        Assert.Equal(["市政府各部门", "各直属单位"], row.PartnerUnits);
        Assert.Equal(["市发改委"], report.Units.Select(u => u.Unit));
        var html = new Wuhu.Reports.Html.HtmlReportRenderer().RenderText(report);
        Assert.Contains("<span class=\"u\">市发改委</span><div class=\"partners\">协同:<span class=\"u\">市政府各部门</span>、<span class=\"u\">各直属单位</span></div>", html);
    }

    [Fact]
    public void Data_quality_shows_suspected_merged_tasks_but_not_info_notes()
    {
        var source = Source(2023, 4, true, Task(1, TaskStatus.InProgress, ["市发改委"]));
        var bulletin = source.Bulletin with
        {
            Warnings =
            [
                new ParseWarning("suspectedMergedTasks", "task 1 (line 12) seems to hold 8 other task(s) in its progress"),
                new ParseWarning("unknownUnits", "1 unit name(s) are not in the unit directory", WarningSeverity.Info),
            ],
        };

        var notes = Builder().BuildAnnual(2023, [source with { Bulletin = bulletin }]).DataQuality;

        Assert.Contains(notes, n => n.Code == "suspectedMergedTasks");
        Assert.DoesNotContain(notes, n => n.Code == "unknownUnits");
    }
}
