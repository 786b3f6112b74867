using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using static Wuhu.Reliability.Tests.Messy.Docx;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12 (rest): a header printed over two rows — 序号 | 重点工作任务 | 责任单位 (spanning 牵头单位 / 配合单位) |
/// 完成情况 — in HTML (rowspan/colspan), docx (vMerge/gridSpan), xlsx (merged ranges) and pasted text: the columns are
/// found, no header row becomes a task or leaks into one, and lead and partner units land in their fields.
/// </summary>
public sealed class TwoRowHeaderTests
{
    private const string Partner = "市财政局";

    /// <summary>Words of either header row: none may appear in any task field.</summary>
    private static readonly string[] HeaderWords = ["序号", "重点工作任务", "责任单位", "牵头单位", "配合单位", "完成情况", "责任主体", "一季度", "备注"];

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    // ---- HTML ----

    private static string HtmlRow(int n) =>
        $"<tr><td>{n}</td><td>{Html.E(TextTable.TaskText(n))}</td><td>市发改委</td><td>{Partner}</td><td>{Html.E(TextTable.Progress(n))}</td></tr>";

    private static string HtmlRows(int from, int to) => string.Concat(Enumerable.Range(from, to - from + 1).Select(HtmlRow));

    private const string SpannedHeader =
        "<tr><th rowspan=\"2\">序号</th><th rowspan=\"2\">重点工作任务</th><th colspan=\"2\">责任单位</th><th rowspan=\"2\">完成情况</th></tr>"
        + "<tr><th>牵头单位</th><th>配合单位</th></tr>";

    public static TheoryData<string> HtmlHeaders => new()
    {
        // rowspan and colspan, as the issue describes it
        SpannedHeader,
        // the sub-labels short ("牵头" / "配合"): read with their group
        "<tr><th rowspan=\"2\">序号</th><th rowspan=\"2\">重点工作任务</th><th colspan=\"2\">责任单位</th><th rowspan=\"2\">完成情况</th></tr>"
            + "<tr><th>牵头</th><th>配合</th></tr>",
        // a group label the header words do not know ("责任主体"): the first row alone is no header
        "<tr><th rowspan=\"2\">序号</th><th rowspan=\"2\">重点工作任务</th><th colspan=\"2\">责任主体</th><th rowspan=\"2\">完成情况</th></tr>"
            + "<tr><th>牵头单位</th><th>配合单位</th></tr>",
        // colspan only: the second row leaves the other columns empty
        "<tr><td>序号</td><td>重点工作任务</td><td colspan=\"2\">责任单位</td><td>完成情况</td></tr>"
            + "<tr><td></td><td></td><td>牵头单位</td><td>配合单位</td><td></td></tr>",
    };

    [Theory]
    [MemberData(nameof(HtmlHeaders))]
    public void Html_two_row_header_is_one_header(string header)
    {
        var bulletin = Html.Parse(Html.Table(header + HtmlRows(1, 4)));

        AssertTasks(bulletin, 4);
        Assert.Equal("2024年一季度重点工作任务进展情况", bulletin.Title);
        Assert.Empty(bulletin.Warnings);
    }

    [Fact]
    public void Html_group_label_over_the_progress_column_keeps_its_period()
    {
        var header = "<tr><th rowspan=\"2\">序号</th><th rowspan=\"2\">工作任务</th><th rowspan=\"2\">牵头单位</th><th rowspan=\"2\">配合单位</th><th colspan=\"2\">2024年一季度</th></tr>"
            + "<tr><th>完成情况</th><th>备注</th></tr>";
        var rows = string.Concat(Enumerable.Range(1, 3).Select(n => HtmlRow(n).Replace("</tr>", "<td>备注" + N(n) + "</td></tr>", StringComparison.Ordinal)));
        var bulletin = Html.Parse(Html.Table(header + rows), "no-period.html");

        Assert.Equal("2024年一季度完成情况", bulletin.ProgressHeader);
        Assert.Equal(["备注1", "备注2", "备注3"], bulletin.Tasks.Select(t => t.Remarks));
        AssertTasks(bulletin, 3, remarks: true);
    }

    [Fact]
    public void Html_two_row_header_repeated_after_a_page_break_reads_as_one_table()
    {
        var header = SpannedHeader;
        var body = Html.Table(header + HtmlRows(1, 3)) + "<p>第 1 页 共 2 页</p>" + Html.Table(header + HtmlRows(4, 6))
            + Html.Table(HtmlRows(7, 8));
        var bulletin = Html.Parse(body);

        AssertTasks(bulletin, 8);
        Assert.Empty(bulletin.Warnings);
    }

    [Fact]
    public void Html_second_header_row_whose_labels_name_no_column_is_warned_never_a_task()
    {
        // 一季度 / 二季度 under a spanning 完成情况: two progress columns, which a bulletin does not have.
        var header = "<tr><th rowspan=\"2\">序号</th><th rowspan=\"2\">重点工作任务</th><th rowspan=\"2\">牵头单位</th><th colspan=\"2\">完成情况</th></tr>"
            + "<tr><th>一季度</th><th>二季度</th></tr>";
        var rows = string.Concat(Enumerable.Range(1, 3).Select(n => $"<tr><td>{n}</td><td>{Html.E(TextTable.TaskText(n))}</td><td>市发改委</td><td>{Html.E(TextTable.Progress(n))}</td><td>二季度计划{n}</td></tr>"));
        var bulletin = Html.Parse(Html.Table(header + rows));

        Assert.Equal([1, 2, 3], bulletin.Tasks.Select(t => t.Number));
        Assert.All(bulletin.Tasks, t => Assert.DoesNotContain("一季度", t.Text + t.Progress + string.Concat(t.LeadUnits)));
        var unplaced = bulletin.Warnings.Where(w => w.Code == "unplacedText").Select(w => w.Message).ToList();
        Assert.Contains(unplaced, m => m.Contains("second header row", StringComparison.Ordinal) && m.Contains("一季度 | 二季度", StringComparison.Ordinal));
        Assert.Contains(unplaced, m => m.Contains("二季度计划", StringComparison.Ordinal)); // the fifth column's text is named, not dropped
    }

    [Fact]
    public void Html_title_row_spanning_the_table_over_a_header_stays_the_title()
    {
        var rows = "<tr><td colspan=\"5\">2024年一季度重点工作任务进展情况</td></tr>"
            + "<tr><td>序号</td><td>重点工作任务</td><td>牵头单位</td><td>配合单位</td><td>完成情况</td></tr>" + HtmlRows(1, 2);
        var bulletin = BulletinParser.Parse(Encoding.UTF8.GetBytes($"<html><body>{Html.Table(rows)}</body></html>"), "title.html");

        Assert.Equal("2024年一季度重点工作任务进展情况", bulletin.Title);
        AssertTasks(bulletin, 2);
    }

    // ---- docx ----

    [Fact]
    public void Docx_vmerge_and_gridspan_header_is_one_header()
    {
        var upper = Row(Cell("序号", vMerge: MergedCellValues.Restart), Cell("重点工作任务", vMerge: MergedCellValues.Restart), Cell("责任单位", gridSpan: 2), Cell("完成情况", vMerge: MergedCellValues.Restart));
        var lower = Row(Cell("", vMergeContinue: true), Cell("", vMergeContinue: true), Cell("牵头单位"), Cell("配合单位"), Cell("", vMergeContinue: true));
        var rows = Enumerable.Range(1, 4).Select(n => Row(Cell(N(n)), Cell(TextTable.TaskText(n)), Cell("市发改委"), Cell(Partner), Cell(TextTable.Progress(n))));
        var bulletin = BulletinParser.Parse(Bulletin(Table([upper, lower, .. rows])), "two-row.docx");

        AssertTasks(bulletin, 4);
        Assert.Empty(bulletin.Warnings);
    }

    [Fact]
    public void Docx_continuation_table_repeating_the_two_row_header_reads_as_one()
    {
        TableRow Upper() => Row(Cell("序号", vMerge: MergedCellValues.Restart), Cell("重点工作任务", vMerge: MergedCellValues.Restart), Cell("责任主体", gridSpan: 2), Cell("完成情况", vMerge: MergedCellValues.Restart));
        TableRow Lower() => Row(Cell("", vMergeContinue: true), Cell("", vMergeContinue: true), Cell("牵头"), Cell("配合"), Cell("", vMergeContinue: true));
        IEnumerable<TableRow> Rows(int from, int to) => Enumerable.Range(from, to - from + 1).Select(n => Row(Cell(N(n)), Cell(TextTable.TaskText(n)), Cell("市发改委"), Cell(Partner), Cell(TextTable.Progress(n))));
        var bytes = Bulletin(Table([Upper(), Lower(), .. Rows(1, 3)]), Para("第 1 页 共 2 页"), Table([Upper(), Lower(), .. Rows(4, 5)]));
        var bulletin = BulletinParser.Parse(bytes, "two-row.docx");

        AssertTasks(bulletin, 5);
        Assert.Empty(bulletin.Warnings);
    }

    // ---- xlsx ----

    [Fact]
    public void Xlsx_merged_header_cells_are_one_header()
    {
        var workbook = new Xlsx().Sheet("任务").Preamble()
            .Row("序号", "重点工作任务", "责任单位", null, "完成情况")
            .Row(null, null, "牵头单位", "配合单位", null)
            .Merge("A3:A4").Merge("B3:B4").Merge("C3:D3").Merge("E3:E4");
        for (var n = 1; n <= 4; n++) workbook.Row(N(n), TextTable.TaskText(n), "市发改委", Partner, TextTable.Progress(n));
        var bulletin = BulletinParser.Parse(workbook.Bytes(), "two-row.xlsx");

        AssertTasks(bulletin, 4);
        Assert.Equal("2024年一季度重点工作任务进展情况", bulletin.Title);
        Assert.Empty(bulletin.Warnings);
    }

    [Fact]
    public void Xlsx_merged_two_row_header_repeated_on_a_continuation_sheet_reads_as_one_table()
    {
        var workbook = new Xlsx();
        foreach (var (sheet, from, to) in (ValueTuple<string, int, int>[])[("Sheet1", 1, 3), ("Sheet2", 4, 6)])
        {
            workbook.Sheet(sheet).Preamble()
                .Row("序号", "重点工作任务", "责任主体", null, "完成情况")
                .Row(null, null, "牵头", "配合", null)
                .Merge("A3:A4").Merge("B3:B4").Merge("C3:D3").Merge("E3:E4");
            for (var n = from; n <= to; n++) workbook.Row(N(n), TextTable.TaskText(n), "市发改委", Partner, TextTable.Progress(n));
        }

        var bulletin = BulletinParser.Parse(workbook.Bytes(), "two-row-continued.xlsx");

        AssertTasks(bulletin, 6);
        Assert.Empty(bulletin.Warnings);
    }

    // ---- pasted text ----

    public static TheoryData<string> PastedHeaders => new()
    {
        "序号\t重点工作任务\t责任单位\t\t完成情况\n\t\t牵头单位\t配合单位\t\n",
        "序号\t重点工作任务\t责任主体\t\t完成情况\n\t\t牵头单位\t配合单位\t\n",
        "| 序号 | 重点工作任务 | 责任单位 | | 完成情况 |\n| --- | --- | --- | --- | --- |\n| | | 牵头 | 配合 | |\n",
    };

    [Theory]
    [MemberData(nameof(PastedHeaders))]
    public void Delimited_two_row_header_is_one_header(string header)
    {
        var pipe = header.StartsWith('|');
        var rows = string.Concat(Enumerable.Range(1, 4).Select(n => pipe
            ? $"| {n} | {TextTable.TaskText(n)} | 市发改委 | {Partner} | {TextTable.Progress(n)} |\n"
            : $"{n}\t{TextTable.TaskText(n)}\t市发改委\t{Partner}\t{TextTable.Progress(n)}\n"));
        var text = "2024年一季度重点工作任务进展情况\n" + header + rows;
        var bulletin = BulletinParser.Parse(Encoding.UTF8.GetBytes(text), "pasted.txt");

        Assert.Equal(pipe ? BulletinLayout.PipeTable : BulletinLayout.TabSeparated, bulletin.Layout);
        AssertTasks(bulletin, 4);
        Assert.Empty(bulletin.Warnings);
    }

    [Fact]
    public void Text_copied_from_a_page_with_a_two_row_header_is_one_header()
    {
        // A browser copies a two-row header row by row: the first row's labels, then the second's.
        var text = new StringBuilder("2024年一季度重点工作任务进展情况\n\n");
        foreach (var label in (string[])["序号", "重点工作任务", "责任单位", "完成情况", "备注", "牵头单位", "配合单位"]) text.Append("  ").Append(label).Append("\n\n");
        for (var n = 1; n <= 4; n++)
        {
            foreach (var cell in (string[])[N(n), TextTable.TaskText(n), "市发改委", Partner, TextTable.Progress(n)]) text.Append("  ").Append(cell).Append("\n\n");
            text.Append(TextTable.EmptyCell).Append("\n\n");
        }

        var bulletin = BulletinParser.Parse(Encoding.UTF8.GetBytes(text.ToString()), "copied.txt");

        Assert.Equal(BulletinLayout.TextCells, bulletin.Layout);
        AssertTasks(bulletin, 4);
        Assert.Empty(bulletin.Warnings);
    }

    [Fact]
    public void Text_two_row_header_repeated_after_a_page_break_is_skipped()
    {
        var text = new StringBuilder("2024年一季度重点工作任务进展情况\n\n");
        void Header()
        {
            foreach (var label in (string[])["序号", "重点工作任务", "责任单位", "完成情况", "牵头单位", "配合单位"]) text.Append("  ").Append(label).Append("\n\n");
        }

        void Rows(int from, int to)
        {
            for (var n = from; n <= to; n++)
            {
                foreach (var cell in (string[])[N(n), TextTable.TaskText(n), "市发改委", Partner, TextTable.Progress(n)]) text.Append("  ").Append(cell).Append("\n\n");
            }
        }

        Header();
        Rows(1, 3);
        text.Append("第 1 页 共 2 页\n\n");
        Header();
        Rows(4, 5);
        var bulletin = BulletinParser.Parse(Encoding.UTF8.GetBytes(text.ToString()), "copied.txt");

        AssertTasks(bulletin, 5);
        Assert.Empty(bulletin.Warnings);
    }

    [Fact]
    public void Text_second_header_row_that_names_no_column_is_warned_never_a_task()
    {
        var text = new StringBuilder("2024年一季度重点工作任务进展情况\n\n");
        foreach (var label in (string[])["序号", "重点工作任务", "责任单位", "完成情况", "牵头", "配合"]) text.Append("  ").Append(label).Append("\n\n");
        for (var n = 1; n <= 3; n++)
        {
            foreach (var cell in (string[])[N(n), TextTable.TaskText(n), "市发改委", TextTable.Progress(n)]) text.Append("  ").Append(cell).Append("\n\n");
        }

        var bulletin = BulletinParser.Parse(Encoding.UTF8.GetBytes(text.ToString()), "copied.txt");

        Assert.Equal([1, 2, 3], bulletin.Tasks.Select(t => t.Number));
        Assert.All(bulletin.Tasks, t => Assert.DoesNotContain("牵头", t.Text + t.Progress + string.Concat(t.LeadUnits)));
        Assert.Contains(bulletin.Warnings, w => w.Code == "unplacedText" && w.Message.Contains("牵头", StringComparison.Ordinal));
    }

    private static void AssertTasks(Bulletin bulletin, int count, bool remarks = false)
    {
        Assert.Equal(Enumerable.Range(1, count), bulletin.Tasks.Select(t => t.Number));
        foreach (var task in bulletin.Tasks)
        {
            Assert.Equal(TextTable.TaskText(task.Number), task.Text);
            Assert.Equal(TextTable.Progress(task.Number), task.Progress);
            Assert.Equal(["市发改委"], task.LeadUnitsAsWritten);
            Assert.Equal([Partner], task.PartnerUnitsAsWritten);
            if (!remarks) Assert.Null(task.Remarks);
            foreach (var word in HeaderWords.Where(w => !remarks || w != "备注"))
            {
                Assert.DoesNotContain(word, task.Text + task.Progress + task.Section + string.Concat(task.LeadUnitsAsWritten) + string.Concat(task.PartnerUnitsAsWritten));
            }
        }
    }
}
