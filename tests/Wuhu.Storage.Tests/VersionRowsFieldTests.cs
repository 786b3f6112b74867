using Azure.Data.Tables;
using Wuhu.Bulletins.Model;
using Wuhu.Storage.Publishing;
using Wuhu.Testing;

namespace Wuhu.Storage.Tests;

/// <summary>The rows of a version carry cooperating units and names as written; rows stored before them still read.</summary>
public class VersionRowsFieldTests
{
    [Fact]
    public void Partner_units_and_names_as_written_round_trip()
    {
        var bulletin = TestBulletins.Create(tasks: 2);
        bulletin = bulletin with
        {
            Tasks = [.. bulletin.Tasks.Select(t => t with { LeadUnitsAsWritten = ["市发展和改革委员会"], PartnerUnits = ["市政府各部门", "各直属单位"] })],
            Warnings = [new ParseWarning("unknownUnits", "1 unit name(s) …", WarningSeverity.Info)],
        };

        var again = VersionRows.TryAssemble(VersionRows.Build(bulletin, "2023-Q4@v1"))!;

        Assert.Equal(["市政府各部门", "各直属单位"], again.Tasks[1].PartnerUnits);
        Assert.Equal(["市发展和改革委员会"], again.Tasks[0].LeadUnitsAsWritten);
        Assert.Equal(WarningSeverity.Info, Assert.Single(again.Warnings).Severity);
    }

    [Fact]
    public void A_task_row_stored_without_the_new_fields_still_reads()
    {
        var rows = VersionRows.Build(TestBulletins.Create(tasks: 1), "2023-Q4@v1").ToList();
        var task = rows.Single(r => r.RowKey == "task-00000");
        // The JSON a version written before partner units existed holds.
        task["J00"] = """{"number":1,"text":"任务。","leadUnits":["市经信局"],"progress":"正在推进。","progressByUnit":[],"status":"inProgress","targets":[]}""";
        foreach (var key in new[] { "J01", "J02", "J03", "J04" }) task.Remove(key);
        var meta = rows.Single(r => r.RowKey == "meta");
        var metaJson = meta.GetString("J00")!.Replace(",\"severity\":\"warning\"", "", StringComparison.Ordinal);
        meta["J00"] = metaJson;

        var bulletin = VersionRows.TryAssemble(rows)!;

        var read = Assert.Single(bulletin.Tasks);
        Assert.Equal(["市经信局"], read.LeadUnits);
        Assert.Empty(read.PartnerUnits);
        Assert.Empty(read.LeadUnitsAsWritten);
    }
}
