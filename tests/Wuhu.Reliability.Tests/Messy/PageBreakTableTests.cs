using DocumentFormat.OpenXml.Wordprocessing;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using static Wuhu.Reliability.Tests.Messy.Docx;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 2 (tables): a table broken by page breaks — a continuation table without a header, the header
/// repeated, page noise between — reads as one table with no header or page text in any task.
/// </summary>
public sealed class PageBreakTableTests
{
    public static TheoryData<string> HtmlBreaks => new()
    {
        // continuation table without a header, page number and title between
        Html.Table(Html.HeaderRow + Html.TaskRows(1, 3)) + "<p>第 1 页 共 2 页</p><h1>2024年一季度重点工作任务进展情况</h1>" + Html.Table(Html.TaskRows(4, 6)),
        // continuation table that repeats the header
        Html.Table(Html.HeaderRow + Html.TaskRows(1, 3)) + "<div>- 1 -</div>" + Html.Table(Html.HeaderRow + Html.TaskRows(4, 6)),
        // one table, the header row repeated mid-table and a page-number row
        Html.Table(Html.HeaderRow + Html.TaskRows(1, 3) + "<tr><td colspan=\"5\">第 1 页 共 2 页</td></tr>" + Html.HeaderRow + Html.TaskRows(4, 6)),
        // one table, the title printed again in a spanning row
        Html.Table(Html.HeaderRow + Html.TaskRows(1, 3) + "<tr><td colspan=\"5\">2024年一季度重点工作任务进展情况</td></tr>" + Html.TaskRows(4, 6)),
        // three pieces, the last one's header reworded
        Html.Table(Html.HeaderRow + Html.TaskRows(1, 2)) + "<p>第1页/共3页</p>" + Html.Table(Html.TaskRows(3, 4)) + "<p>第2页/共3页</p>"
            + Html.Table("<tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>工作进展</td><td>备注</td></tr>" + Html.TaskRows(5, 6)),
    };

    [Theory]
    [MemberData(nameof(HtmlBreaks))]
    public void Html_table_broken_by_page_breaks_reads_as_one(string body) => AssertOneTable(Html.Parse(body));

    public static TheoryData<int> DocxBreaks => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(DocxBreaks))]
    public void Docx_table_broken_by_page_breaks_reads_as_one(int variant)
    {
        var bytes = variant switch
        {
            0 => Bulletin(Table([HeaderRow(), .. TaskRows(1, 3)]), Para("第 1 页 共 2 页"), Table([.. TaskRows(4, 6)])),
            1 => Bulletin(Table([HeaderRow(), .. TaskRows(1, 3)]), Para("2024年一季度重点工作任务进展情况"), Table([HeaderRow(), .. TaskRows(4, 6)])),
            2 => Bulletin(Table([HeaderRow(), .. TaskRows(1, 3), Row(Cell("第 1 页 共 2 页", gridSpan: 5)), HeaderRow(), .. TaskRows(4, 6)])),
            _ => Bulletin(Table([HeaderRow(), .. TaskRows(1, 2)]), Para(new Run(new Break { Type = BreakValues.Page })), Table([.. TaskRows(3, 4)]), Para("- 2 -"), Table([.. TaskRows(5, 6)])),
        };

        AssertOneTable(BulletinParser.Parse(bytes, "broken.docx"));
    }

    [Fact]
    public void Xlsx_header_repeated_mid_sheet_with_a_page_row_reads_as_one()
    {
        var bytes = new Xlsx().Sheet("任务").Preamble().Header().TaskRows(1, 3).Row("第 1 页 共 2 页").Header().TaskRows(4, 6).Bytes();

        AssertOneTable(BulletinParser.Parse(bytes, "broken.xlsx"));
    }

    private static void AssertOneTable(Bulletin bulletin)
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], bulletin.Tasks.Select(t => t.Number));
        foreach (var task in bulletin.Tasks)
        {
            Assert.Equal(TextTable.TaskText(task.Number), task.Text);
            Assert.Equal(TextTable.Progress(task.Number), task.Progress);
            Assert.Equal(["市发改委"], task.LeadUnits);
            Assert.Null(task.Remarks);
        }

        Assert.Empty(bulletin.Warnings);
    }
}
