using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests.Layouts;

/// <summary>List-style variants beyond the layout sample: labels run into one paragraph, deadlines, titles without 年度.</summary>
public class ListLayoutTests
{
    [Fact]
    public void Labels_run_into_one_paragraph_are_split_at_their_names()
    {
        const string page = """
            2022年度重点工作任务完成情况
            1.地区生产总值比上年增长8.5%左右。进展情况:全市实现地区生产总值4302.6亿元。牵头责任单位:市发展和改革委员会。协同责任单位:市统计局。
            2.新增公共停车泊位3500个。完成时限:2022年12月底。完成情况:已新增3620个。牵头单位:市住建局。
            """;

        var b = Parse.Text(page);

        Assert.Equal(BulletinLayout.List, b.Layout);
        Assert.Equal("地区生产总值比上年增长8.5%左右。", Parse.Task(b, 1).Text);
        Assert.Equal("全市实现地区生产总值4302.6亿元。", Parse.Task(b, 1).Progress);
        Assert.Equal(["市发改委"], Parse.Task(b, 1).LeadUnits);
        Assert.Equal(["市统计局"], Parse.Task(b, 1).PartnerUnits);
        Assert.Equal("完成时限:2022年12月底。", Parse.Task(b, 2).Remarks);
        Assert.Equal("已新增3620个。", Parse.Task(b, 2).Progress);
    }

    [Fact]
    public void A_completion_report_titled_with_only_a_year_is_the_year_end_bulletin()
    {
        var b = Parse.Text("芜湖市2021年重点工作任务完成情况\n1.任务甲。\n进展情况:已完成。\n牵头单位:市发改委\n2.任务乙。\n进展情况:正在推进。\n牵头单位:市财政局\n");

        Assert.Equal((2021, 4, true, "titleCompletion"), (b.Year, b.Quarter, b.FullYear, b.PeriodSource));
    }

    [Fact]
    public void Names_on_the_lines_after_an_empty_unit_label_are_the_units()
    {
        var b = Parse.Text("2021年度重点工作任务完成情况\n1.任务甲。\n牵头责任单位:\n市发改委\n市财政局\n进展情况:已完成。\n");

        Assert.Equal(["市发改委", "市财政局"], Parse.Task(b, 1).LeadUnits);
        Assert.Equal("已完成。", Parse.Task(b, 1).Progress);
    }

    [Fact]
    public void A_signature_after_the_last_units_is_no_unit()
    {
        var b = Parse.Text("2021年度重点工作任务完成情况\n1.任务甲。\n进展情况:已完成。\n牵头单位:市发改委。\n\n芜湖市人民政府办公室\n2022年1月20日\n");

        Assert.Equal(["市发改委"], Parse.Task(b, 1).LeadUnits);
        Assert.Contains(b.Warnings, w => w.Code == "unplacedText" && w.Message.Contains("芜湖市人民政府办公室"));
    }

    [Fact]
    public void Text_after_the_units_that_is_no_unit_is_reported()
    {
        var b = Parse.Text("2021年度重点工作任务完成情况\n1.任务甲。\n进展情况:已完成。\n牵头单位:市发改委\n芜湖市人民政府督查室将持续跟踪。\n");

        Assert.Contains(b.Warnings, w => w.Code == "unplacedText" && w.Message.Contains("持续跟踪"));
    }
}
