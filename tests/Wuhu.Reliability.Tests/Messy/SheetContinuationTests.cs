using DocumentFormat.OpenXml.Spreadsheet;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12 (rest): a workbook whose bulletin table goes on over later visible sheets — with or without the header
/// again, with the title and page marks printed again — reads as one table, all tasks in order. Whether a sheet
/// continues the table is read from its structure (the same header, or rows of the same shape whose numbers go on),
/// never from its name; any sheet that is not read is named in a warning.
/// </summary>
public sealed class SheetContinuationTests
{
    private static Bulletin Parse(Xlsx workbook) => BulletinParser.Parse(workbook.Bytes(), "continued.xlsx");

    /// <summary>The first sheet: title, dateline, header, tasks 1–4, a page mark at its foot.</summary>
    private static Xlsx FirstSheet(string name = "Sheet1") => new Xlsx().Sheet(name).Preamble().Header().TaskRows(1, 4).Row("第 1 页 共 2 页");

    public static TheoryData<string> Continuations => new()
    {
        "header",          // the title, dateline and header again
        "bare",            // rows only
        "continued-mark",  // "续表" over the rows
        "title-continued", // the title with "(续)" and the header again
        "page-mark",       // a page mark, then rows
        "section",         // a section heading first, numbers going on
    };

    [Theory]
    [MemberData(nameof(Continuations))]
    public void Xlsx_table_continued_on_the_next_sheet_reads_as_one(string variant)
    {
        var workbook = FirstSheet().Sheet("Sheet2");
        _ = variant switch
        {
            "header" => workbook.Preamble().Header().TaskRows(5, 8).Row("第 2 页 共 2 页"),
            "bare" => workbook.TaskRows(5, 8),
            "continued-mark" => workbook.Row("续表").TaskRows(5, 8),
            "title-continued" => workbook.Row("2024年一季度重点工作任务进展情况(续)").Header().TaskRows(5, 8),
            "page-mark" => workbook.Row("- 2 -").TaskRows(5, 8),
            _ => workbook.Row("二、民生实事").TaskRows(5, 8),
        };
        var bulletin = Parse(workbook);

        AssertTasks(bulletin, 8);
        Assert.Empty(bulletin.Warnings);
        if (variant == "section") Assert.All(bulletin.Tasks.Skip(4), t => Assert.Equal("二、民生实事", t.Section));
    }

    [Fact]
    public void Xlsx_table_over_three_sheets_with_empty_and_title_only_sheets_between_reads_as_one()
    {
        var workbook = FirstSheet()
            .Sheet("空白")
            .Sheet("空格").Row("  ", "\u00A0")
            .Sheet("封面2").Row("2024年一季度重点工作任务进展情况")
            .Sheet("Sheet2").Header().TaskRows(5, 8)
            .Sheet("Sheet3").TaskRows(9, 10);
        var bulletin = Parse(workbook);

        AssertTasks(bulletin, 10);
        Assert.Empty(bulletin.Warnings);
    }

    [Fact]
    public void Xlsx_sheet_names_do_not_decide_a_continuation_sheet_named_like_another_table_is_read()
    {
        var bulletin = Parse(FirstSheet("任务").Sheet("附件2 汇总表").TaskRows(5, 6));

        AssertTasks(bulletin, 6);
    }

    [Fact]
    public void Xlsx_continuation_sheet_repeating_the_header_with_columns_moved_is_read_through_its_own_header()
    {
        var workbook = FirstSheet().Sheet("Sheet2").Row("序号", "牵头责任单位", "工作任务", "一季度工作进展", "备注");
        for (var n = 5; n <= 6; n++) workbook.Row(N(n), "市发改委", TextTable.TaskText(n), TextTable.Progress(n), "");
        // Sheet3 has the first sheet's order again but no header to say so; Sheet4 goes on in Sheet2's order.
        workbook.Sheet("Sheet3").TaskRows(7, 7).Sheet("Sheet4").Row("7", "市发改委", TextTable.TaskText(7), TextTable.Progress(7));
        var bulletin = Parse(workbook);

        AssertTasks(bulletin, 7);
        Assert.Contains(bulletin.Warnings, w => w.Code == "columnsReordered" && w.Message.StartsWith("sheet \"Sheet2\" row 1 repeats the header", StringComparison.Ordinal));
        var other = Assert.Single(bulletin.Warnings, w => w.Code == "otherTable");
        Assert.Contains("sheet \"Sheet3\"", other.Message);
        Assert.Contains("unit names stand in column 3, the table's in column 2", other.Message);
    }

    // ---- hostile: sheets that are not a continuation ----

    [Fact]
    public void Xlsx_headerless_sheet_with_its_columns_in_another_order_is_warned_not_misread()
    {
        var workbook = FirstSheet().Sheet("Sheet2");
        for (var n = 5; n <= 8; n++) workbook.Row(N(n), "市发改委", TextTable.TaskText(n), TextTable.Progress(n));
        var bulletin = Parse(workbook);

        AssertTasks(bulletin, 4);
        var warning = Assert.Single(bulletin.Warnings, w => w.Code == "otherTable");
        Assert.Contains("sheet \"Sheet2\" (4 rows", warning.Message);
        Assert.Contains("unit names stand in column 2, the table's in column 3", warning.Message);
    }

    public static TheoryData<string, string> OtherTables => new()
    {
        { "different-table", "first row \"指标 | 目标值\"" },
        { "copy", "its numbers start again at 1 (the bulletin table ended at 4)" },
        { "restart", "its numbers start again at 1 (the bulletin table ended at 4)" },
        { "other-period", "names another period" },
        { "own-title", "it starts with its own title" },
        { "extra-column", "it has text in column 7" },
        { "no-numbers", "its rows have no task number in column 1" },
    };

    [Theory]
    [MemberData(nameof(OtherTables))]
    public void Xlsx_sheet_holding_another_table_is_named_not_read(string variant, string reason)
    {
        var workbook = FirstSheet().Sheet("Sheet2");
        _ = variant switch
        {
            "different-table" => workbook.Row("指标", "目标值").Row("地区生产总值增速", "6%"),
            "copy" => workbook.Preamble().Header().TaskRows(1, 4),
            "restart" => workbook.TaskRows(1, 2),
            "other-period" => workbook.Row("序号", "工作任务", "牵头责任单位", "二季度工作进展", "备注").TaskRows(5, 6),
            "own-title" => workbook.Row("附件:2024年重大项目清单").TaskRows(5, 6),
            "extra-column" => workbook.Row("5", TextTable.TaskText(5), "市发改委", TextTable.Progress(5), "", "", "总投资12亿元"),
            _ => workbook.Row("", "说明:本表由各单位填报", "市发改委", "无"),
        };
        var bulletin = Parse(workbook);

        AssertTasks(bulletin, 4);
        var warning = Assert.Single(bulletin.Warnings, w => w.Code == "otherTable");
        Assert.Contains("sheet \"Sheet2\"", warning.Message);
        Assert.Contains(reason, warning.Message);
    }

    [Fact]
    public void Xlsx_hidden_sheet_between_continuations_is_not_read_and_the_gap_is_reported()
    {
        var workbook = FirstSheet().Sheet("Sheet2", SheetStateValues.Hidden).TaskRows(5, 6).Sheet("Sheet3").TaskRows(7, 8);
        var bulletin = Parse(workbook);

        Assert.Equal([1, 2, 3, 4, 7, 8], bulletin.Tasks.Select(t => t.Number));
        Assert.Contains(bulletin.Warnings, w => w.Code == "hiddenContent" && w.Message.Contains("sheet \"Sheet2\" is hidden", StringComparison.Ordinal));
        Assert.Contains(bulletin.Warnings, w => w.Code == "missingNumber");
    }

    [Fact]
    public void Xlsx_problem_in_a_continuation_sheet_is_located_by_sheet_and_row()
    {
        var workbook = FirstSheet().Sheet("Sheet2").Row("续表").TaskRows(5, 5).Row("6a", TextTable.TaskText(6), "市发改委", TextTable.Progress(6));
        var bulletin = Parse(workbook);

        Assert.Equal(6, bulletin.Tasks.Count);
        Assert.Contains(bulletin.Warnings, w => w.Code == "badNumber" && w.Message.StartsWith("sheet \"Sheet2\" row 3:", StringComparison.Ordinal));
    }

    // ---- the same check for continuation tables after a page break (HTML, docx) ----

    [Fact]
    public void Html_headerless_continuation_table_with_its_columns_moved_is_warned_not_misread()
    {
        var moved = string.Concat(Enumerable.Range(5, 2).Select(n => $"<tr><td>{n}</td><td>市发改委</td><td>{Html.E(TextTable.TaskText(n))}</td><td>{Html.E(TextTable.Progress(n))}</td><td></td></tr>"));
        var bulletin = Html.Parse(Html.Table(Html.HeaderRow + Html.TaskRows(1, 4)) + "<p>第 1 页 共 2 页</p>" + Html.Table(moved));

        AssertTasks(bulletin, 4);
        Assert.Contains("unit names stand in column 2, the table's in column 3", Assert.Single(bulletin.Warnings, w => w.Code == "otherTable").Message);
    }

    [Fact]
    public void Docx_headerless_continuation_table_with_its_columns_moved_is_warned_not_misread()
    {
        var moved = Enumerable.Range(5, 2).Select(n => Docx.Row(Docx.Cell(N(n)), Docx.Cell("市发改委"), Docx.Cell(TextTable.TaskText(n)), Docx.Cell(TextTable.Progress(n)), Docx.Cell("")));
        var bytes = Docx.Bulletin(Docx.Table([Docx.HeaderRow(), .. Docx.TaskRows(1, 4)]), Docx.Para("第 1 页 共 2 页"), Docx.Table([.. moved]));
        var bulletin = BulletinParser.Parse(bytes, "moved.docx");

        AssertTasks(bulletin, 4);
        Assert.Contains("unit names stand in column 2, the table's in column 3", Assert.Single(bulletin.Warnings, w => w.Code == "otherTable").Message);
    }

    // ---- the same in text pasted from such a workbook ----

    private static string TabRows(int from, int to) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(n => $"{n}\t{TextTable.TaskText(n)}\t市发改委\t{TextTable.Progress(n)}\t\n"));

    private const string TabHeader = "序号\t工作任务\t牵头责任单位\t一季度工作进展\t备注\n";

    [Fact]
    public void Tab_text_pasted_from_two_sheets_reads_as_one()
    {
        // The second sheet pasted below the first: the title, "续表" and the header again.
        var text = "2024年一季度重点工作任务进展情况\n" + TabHeader + TabRows(1, 4) + "\n2024年一季度重点工作任务进展情况\n续表\n" + TabHeader + TabRows(5, 8);
        var bulletin = BulletinParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "pasted.txt");

        Assert.Equal(BulletinLayout.TabSeparated, bulletin.Layout);
        AssertTasks(bulletin, 8);
        Assert.Empty(bulletin.Warnings);
    }

    [Fact]
    public void Tab_text_with_another_table_pasted_below_is_named_not_read()
    {
        var text = "2024年一季度重点工作任务进展情况\n" + TabHeader + TabRows(1, 4) + "\n序号\t项目名称\t总投资(亿元)\n1\t轨道交通3号线\t120\n";
        var bulletin = BulletinParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "pasted.txt");

        AssertTasks(bulletin, 4);
        Assert.Contains("序号 | 项目名称 | 总投资(亿元)", Assert.Single(bulletin.Warnings, w => w.Code == "otherTable").Message);
    }

    [Fact]
    public void Tab_text_with_an_unheaded_table_pasted_below_is_named_not_read()
    {
        var text = "2024年一季度重点工作任务进展情况\n" + TabHeader + TabRows(1, 4) + "\n指标\t目标值\n地区生产总值增速\t6%\n";
        var bulletin = BulletinParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "pasted.txt");

        AssertTasks(bulletin, 4);
        var warning = Assert.Single(bulletin.Warnings);
        Assert.Equal("otherTable", warning.Code);
        Assert.Contains("first row \"指标 | 目标值\"", warning.Message);
    }

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertTasks(Bulletin bulletin, int count)
    {
        Assert.Equal(Enumerable.Range(1, count), bulletin.Tasks.Select(t => t.Number));
        foreach (var task in bulletin.Tasks)
        {
            Assert.Equal(TextTable.TaskText(task.Number), task.Text);
            Assert.Equal(TextTable.Progress(task.Number), task.Progress);
            Assert.Equal(["市发改委"], task.LeadUnitsAsWritten);
            Assert.Null(task.Remarks);
        }
    }
}
