using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests.Layouts;

/// <summary>Every layout parses to the same tasks as its one-cell-per-line equivalent.</summary>
public class LayoutEquivalenceTests
{
    [Theory]
    [MemberData(nameof(LayoutSamples.SourcesAndLayouts), MemberType = typeof(LayoutSamples))]
    public void Every_layout_parses_to_the_same_tasks_as_one_cell_per_line(string source, string layout)
    {
        var reference = LayoutSamples.CellsEquivalent(LayoutSamples.Source(source));

        var parsed = BulletinParser.Parse(LayoutSamples.Write(reference, layout), $"{source}-{layout}");

        Assert.Equal(reference.Tasks, parsed.Tasks, new TaskComparer());
        Assert.Equal(reference.Period, parsed.Period);
        Assert.Equal((reference.Title, reference.PublishedOn, reference.Publisher), (parsed.Title, parsed.PublishedOn, parsed.Publisher));
        var expectedNotes = reference.Warnings.Select(w => w.Code).ToList();
        if (layout.EndsWith("no-number-header")) expectedNotes.Insert(0, "numberColumnFound");
        Assert.Equal(expectedNotes.Order(), parsed.Warnings.Select(w => w.Code).Order());
    }

    [Theory]
    [InlineData("cells", BulletinLayout.TextCells)]
    [InlineData("html", BulletinLayout.Table)]
    [InlineData("tsv", BulletinLayout.TabSeparated)]
    [InlineData("pipe", BulletinLayout.PipeTable)]
    [InlineData("list", BulletinLayout.List)]
    public void The_layout_is_reported(string layout, BulletinLayout expected) =>
        Assert.Equal(expected, BulletinParser.Parse(LayoutSamples.Write(LayoutSamples.Annual2024, layout), "b").Layout);

    [Fact]
    public void The_list_sample_reads_as_written()
    {
        var b = LayoutSamples.List2021;

        Assert.Equal(BulletinLayout.List, b.Layout);
        Assert.Equal((2021, 4, true), (b.Year, b.Quarter, b.FullYear));
        Assert.Equal([1, 2, 3, 4], b.Tasks.Select(t => t.Number));
        Assert.Equal(["一、经济发展", "一、经济发展", "二、民生保障", "二、民生保障"], b.Tasks.Select(t => t.Section));
        var first = Parse.Task(b, 1);
        Assert.Equal("地区生产总值比上年增长8.5%左右。", first.Text);
        Assert.Equal(["市发改委"], first.LeadUnits);
        Assert.Equal(["市发展和改革委员会"], first.LeadUnitsAsWritten);
        Assert.Equal(["市政府各部门", "各直属单位"], first.PartnerUnits);
        Assert.Equal("全市实现地区生产总值4302.6亿元,增长11.6%。", first.Progress);
        // Progress items "1." "2." stay in the progress; they are not tasks.
        Assert.Equal("1.新增公共停车泊位3620个。\n2.建立工作台账,按月调度推进。", Parse.Task(b, 2).Progress);
        Assert.Equal(["市住建局", "市城管局"], Parse.Task(b, 2).LeadUnits);
        Assert.Equal(["各县市区"], Parse.Task(b, 2).PartnerUnits);
        // Units before progress; a label without 牵头 unit: 责任单位 leads.
        Assert.Equal("已完成。", Parse.Task(b, 3).Progress);
        var fourth = Parse.Task(b, 4);
        Assert.Equal("推进“放管服”改革,\n优化营商环境。", fourth.Text);
        Assert.Equal(["市数据资源局", "市工信局"], fourth.LeadUnits);
        Assert.Empty(fourth.PartnerUnits);
        Assert.Equal(2, fourth.ProgressByUnit.Count);
        Assert.Equal("跨年度任务。", fourth.Remarks);
        Assert.DoesNotContain(b.Warnings, w => w.Severity == WarningSeverity.Warning);
    }
}
