using System.Text;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;
using Wuhu.Bulletins.Writing;

namespace Wuhu.Bulletins.Tests.Layouts;

public class PartnerUnitTests
{
    [Theory]
    [InlineData("牵头责任单位", "责任单位")]
    [InlineData("责任单位", "牵头责任单位")]
    [InlineData("牵头单位", "配合单位")]
    [InlineData("牵头责任单位", "协同责任单位")]
    public void A_second_unit_column_holds_the_cooperating_units(string first, string second)
    {
        var leadFirst = first.StartsWith("牵头") || second.StartsWith("配合") || second.StartsWith("协同");
        var (a, c) = leadFirst ? ("市发改委", "市财政局<br>市统计局") : ("市财政局<br>市统计局", "市发改委");
        var page = "<html><body><h1>2024年一季度重点工作任务进展情况</h1><table>"
            + $"<tr><td>序号</td><td>工作任务</td><td>{first}</td><td>{second}</td><td>一季度进展情况</td></tr>"
            + $"<tr><td>1</td><td>任务。</td><td>{a}</td><td>{c}</td><td>正在推进。</td></tr></table></body></html>";

        var task = Parse.Task(BulletinParser.Parse(Encoding.UTF8.GetBytes(page), "p.html"), 1);

        Assert.Equal(["市发改委"], task.LeadUnits);
        Assert.Equal(["市财政局", "市统计局"], task.PartnerUnits);
    }

    [Fact]
    public void Partner_units_survive_json_and_old_records_without_them_still_read()
    {
        var b = LayoutSamples.List2021;
        var again = BulletinJson.Deserialize(BulletinJson.Serialize(b));
        Assert.Equal(b.Tasks, again.Tasks, new TaskComparer());
        Assert.Contains("\"partnerUnits\"", BulletinJson.Serialize(b));

        const string stored = """{"number":1,"text":"任务。","leadUnits":["市经信局"],"progress":"正在推进。","progressByUnit":[],"status":"inProgress","targets":[]}""";
        var old = System.Text.Json.JsonSerializer.Deserialize<BulletinTask>(stored, BulletinJson.Options)!;
        Assert.Empty(old.PartnerUnits);
        Assert.Empty(old.LeadUnitsAsWritten);
    }

    [Fact]
    public void Writing_keeps_names_as_printed_and_partners_in_their_column()
    {
        var b = LayoutSamples.List2021;
        var text = BulletinWriter.Text(b);
        Assert.Contains("协同责任单位", text);
        Assert.Contains("市发展和改革委员会", text);
    }
}
