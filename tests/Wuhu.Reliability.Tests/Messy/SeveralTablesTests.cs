using Wuhu.Bulletins;
using static Wuhu.Reliability.Tests.Messy.Docx;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 3: with several tables in one file the bulletin is the header-matching table and its
/// continuations; every other table is named in an "otherTable" warning, never dropped silently.
/// </summary>
public sealed class SeveralTablesTests
{
    private const string Summary = "<table><tr><td>序号</td><td>指标</td><td>目标值</td></tr><tr><td>1</td><td>地区生产总值增速</td><td>6%</td></tr></table>";
    private const string Annex = "<p>附件2</p><table><tr><td>序号</td><td>项目名称</td><td>总投资(亿元)</td></tr><tr><td>1</td><td>轨道交通3号线</td><td>120</td></tr><tr><td>2</td><td>城南污水厂</td><td>8</td></tr></table>";

    [Fact]
    public void Html_tables_before_and_after_the_bulletin_are_named()
    {
        var bulletin = Html.Parse(Summary + Html.Table(Html.HeaderRow + Html.TaskRows(1, 4)) + Annex);

        Assert.Equal([1, 2, 3, 4], bulletin.Tasks.Select(t => t.Number));
        var warnings = bulletin.Warnings.Where(w => w.Code == "otherTable").ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("table 1 of 3 (2 rows, first row \"序号 | 指标 | 目标值\")", warnings[0].Message);
        Assert.Contains("table 3 of 3 (3 rows, first row \"序号 | 项目名称 | 总投资(亿元)\")", warnings[1].Message);
    }

    [Fact]
    public void Html_layout_table_holding_the_bulletin_and_tables_nested_in_cells_are_not_other_tables()
    {
        var nested = "<table><tr><td>子项</td><td>已完成</td></tr></table>";
        var body = $"<table><tr><td>导航</td></tr><tr><td>{Html.Table(Html.HeaderRow + Html.TaskRow(1, "第一段。" + nested) + Html.TaskRows(2, 3))}</td></tr></table>";
        var bulletin = Html.Parse(body);

        Assert.Equal(3, bulletin.Tasks.Count);
        Assert.Equal("第一段。\n子项\n已完成", bulletin.Tasks[0].Progress);
        Assert.DoesNotContain(bulletin.Warnings, w => w.Code == "otherTable");
    }

    [Fact]
    public void Html_second_table_with_the_same_column_count_but_its_own_header_is_not_a_continuation()
    {
        var other = "<table><tr><td>序号</td><td>项目</td><td>单位</td><td>投资</td><td>说明</td></tr><tr><td>1</td><td>甲</td><td>乙</td><td>3</td><td></td></tr></table>";
        var bulletin = Html.Parse(Html.Table(Html.HeaderRow + Html.TaskRows(1, 3)) + other);

        Assert.Equal(3, bulletin.Tasks.Count);
        Assert.Contains("序号 | 项目 | 单位 | 投资 | 说明", Assert.Single(bulletin.Warnings, w => w.Code == "otherTable").Message);
    }

    [Fact]
    public void Docx_other_tables_are_named()
    {
        var summary = Table(Row(Cell("指标"), Cell("目标值")), Row(Cell("地区生产总值增速"), Cell("6%")));
        var annex = Table(Row(Cell("序号"), Cell("项目名称"), Cell("总投资")), Row(Cell("1"), Cell("轨道交通3号线"), Cell("120")));
        var bytes = Bulletin(summary, Table([HeaderRow(), .. TaskRows(1, 4)]), Para("附件2"), annex);
        var bulletin = BulletinParser.Parse(bytes, "several.docx");

        Assert.Equal(4, bulletin.Tasks.Count);
        var warnings = bulletin.Warnings.Where(w => w.Code == "otherTable").Select(w => w.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("指标 | 目标值", warnings[0]);
        Assert.Contains("序号 | 项目名称 | 总投资", warnings[1]);
    }

    [Fact]
    public void Xlsx_other_sheets_and_an_annex_below_the_table_are_named()
    {
        var bytes = new Xlsx()
            .Sheet("说明").Row("填报说明:请按季度填写").Row("联系人:张三")
            .Sheet("任务").Preamble().Header().TaskRows(1, 4).Row().Row("序号", "项目名称", "总投资").Row("1", "轨道交通3号线", "120")
            .Sheet("汇总").Row("合计", "4")
            .Bytes();
        var bulletin = BulletinParser.Parse(bytes, "several.xlsx");

        Assert.Equal([1, 2, 3, 4], bulletin.Tasks.Select(t => t.Number));
        var warnings = bulletin.Warnings.Where(w => w.Code == "otherTable").Select(w => w.Message).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("sheet \"说明\" (2 rows, first row \"填报说明:请按季度填写\")"));
        Assert.Contains(warnings, w => w.Contains("序号 | 项目名称 | 总投资"));
        Assert.Contains(warnings, w => w.Contains("sheet \"汇总\""));
    }
}
