using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using static Wuhu.Reliability.Tests.Messy.Docx;
using SpreadsheetText = DocumentFormat.OpenXml.Spreadsheet.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 4: what the author's application shows is what is read. Hidden sheets, rows and elements are
/// not content (and are named); tracked deletions and moved-from text are not content, insertions are; content
/// controls and nested tables are read; merged cells reach every row they cover; phonetic guides are left out;
/// a date-formatted number reads as the date shown.
/// </summary>
public sealed class HiddenAndMergedTests
{
    // ---- HTML ----

    [Fact]
    public void Html_hidden_rows_and_elements_are_not_content_and_hidden_rows_are_counted()
    {
        var hiddenRow = "<tr style=\"display: none\"><td>9</td><td>隐藏的任务</td><td>市财政局</td><td>不应读到</td><td></td></tr>";
        var hiddenAttribute = "<tr hidden><td>10</td><td>另一隐藏任务</td><td>市财政局</td><td>不应读到</td><td></td></tr>";
        var progress = "可见的进展。<span style=\"DISPLAY:NONE\">隐藏批注</span><p hidden>旧稿内容</p><div style=\"visibility:hidden\">草稿</div>";
        var bulletin = Html.Parse(Html.Table(Html.HeaderRow + Html.TaskRow(1) + hiddenRow + Html.TaskRow(2, progress) + hiddenAttribute + Html.TaskRow(3)));

        Assert.Equal([1, 2, 3], bulletin.Tasks.Select(t => t.Number));
        Assert.Equal("可见的进展。", bulletin.Tasks[1].Progress);
        Assert.Contains("2 hidden row(s)", Assert.Single(bulletin.Warnings, w => w.Code == "hiddenContent").Message);
    }

    [Fact]
    public void Html_a_hidden_table_is_not_the_bulletin()
    {
        var hidden = "<div style=\"display:none\">" + Html.Table(Html.HeaderRow + Html.TaskRows(1, 9)) + "</div>";
        var bulletin = Html.Parse(hidden + Html.Table(Html.HeaderRow + Html.TaskRows(1, 2)));

        Assert.Equal(2, bulletin.Tasks.Count);
    }

    [Fact]
    public void Html_rowspan_and_colspan_put_every_cell_under_its_header()
    {
        var rows = Html.HeaderRow
            + "<tr><td colspan=\"5\">一、重点项目</td></tr>"
            + "<tr><td>1</td><td>任务一</td><td rowspan=\"2\">市住建局</td><td>进展一。</td><td></td></tr>"
            + "<tr><td>2</td><td>任务二</td><td>进展二。</td><td></td></tr>"
            + "<tr><td rowspan=\"2\">3</td><td rowspan=\"2\">任务三</td><td>市财政局</td><td>财政局进展。</td><td rowspan=\"2\">备注三</td></tr>"
            + "<tr><td>市税务局</td><td>税务局进展。</td></tr>"
            + "<tr><td>4</td><td colspan=\"2\">任务四(无单位)</td><td>进展四。</td><td></td></tr>";
        var bulletin = Html.Parse(Html.Table(rows));

        Assert.Equal([1, 2, 3, 4], bulletin.Tasks.Select(t => t.Number));
        Assert.All(bulletin.Tasks, t => Assert.Equal("一、重点项目", t.Section));
        Assert.Equal(["市住建局"], bulletin.Tasks[0].LeadUnits);
        Assert.Equal(["市住建局"], bulletin.Tasks[1].LeadUnits);
        Assert.Equal("进展二。", bulletin.Tasks[1].Progress);
        Assert.Equal(["市财政局", "市税务局"], bulletin.Tasks[2].LeadUnits);
        Assert.Equal("财政局进展。\n税务局进展。", bulletin.Tasks[2].Progress);
        Assert.Equal("备注三", bulletin.Tasks[2].Remarks);
        Assert.Equal("任务四(无单位)", bulletin.Tasks[3].Text);
        Assert.Equal("进展四。", bulletin.Tasks[3].Progress);
    }

    // ---- docx ----

    [Fact]
    public void Docx_tracked_deletions_and_moves_are_not_content_insertions_are()
    {
        var progress = Cell(Para(
            Run("项目"),
            new DeletedRun(new DocumentFormat.OpenXml.Wordprocessing.Run(new DeletedText("已暂停"))) { Author = "a", Id = "1" },
            new InsertedRun(Run("正稳步推进")) { Author = "a", Id = "2" },
            new MoveFromRun(Run("(移走的旧句)")) { Author = "a", Id = "3" },
            new DeletedRun(Run("删除但写成w:t的文字")) { Author = "a", Id = "4" },
            Run("。")));
        var deletedRow = TaskRow(9);
        deletedRow.PrependChild(new TableRowProperties(new Deleted { Author = "a", Id = "5" }));
        var bytes = Bulletin(Table(HeaderRow(), TaskRow(1, progress), deletedRow, TaskRow(2)));
        var bulletin = BulletinParser.Parse(bytes, "tracked.docx");

        Assert.Equal([1, 2], bulletin.Tasks.Select(t => t.Number));
        Assert.Equal("项目正稳步推进。", bulletin.Tasks[0].Progress);
    }

    [Fact]
    public void Docx_content_controls_nested_tables_and_hidden_runs()
    {
        var nested = new DocumentFormat.OpenXml.Wordprocessing.Table(new TableProperties(), Row(Cell("子项一"), Cell("已完成")));
        var progressCell = Cell(Para("总体进展。"), nested, Para(Run("可见"), new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.RunProperties(new Vanish()), new WordText("隐藏文字"))));
        var sdtCellRow = Row(new SdtCell(new SdtProperties(), new SdtContentCell(Cell("2"))), Cell(TextTable.TaskText(2)), Cell("市发改委"),
            Cell(Para(new SdtRun(new SdtProperties(), new SdtContentRun(Run("控件内的进展。"))))), Cell(""));
        var table = Table(HeaderRow(), TaskRow(1, progressCell), sdtCellRow, new SdtRow(new SdtProperties(), new SdtContentRow(TaskRow(3))));
        var bytes = Document(new SdtBlock(new SdtProperties(), new SdtContentBlock(Para("2024年一季度重点工作任务进展情况"), table)));
        var bulletin = BulletinParser.Parse(bytes, "controls.docx");

        Assert.Equal([1, 2, 3], bulletin.Tasks.Select(t => t.Number));
        Assert.Equal("总体进展。\n子项一\n已完成\n可见", bulletin.Tasks[0].Progress);
        Assert.Equal("控件内的进展。", bulletin.Tasks[1].Progress);
        Assert.Equal(TextTable.TaskText(3), bulletin.Tasks[2].Text);
        Assert.Contains("1 run(s) of hidden text", Assert.Single(bulletin.Warnings, w => w.Code == "hiddenContent").Message);
    }

    [Fact]
    public void Docx_grid_span_and_vertical_merge_put_every_cell_under_its_header()
    {
        var table = Table(
            HeaderRow(),
            Row(Cell("一、重点项目", gridSpan: 5)),
            Row(Cell("1"), Cell("任务一"), Cell("市住建局", vMerge: MergedCellValues.Restart), Cell("进展一。"), Cell("")),
            Row(Cell("2"), Cell("任务二"), Cell("", vMergeContinue: true), Cell("进展二。"), Cell("")),
            Row(Cell("3", vMerge: MergedCellValues.Restart), Cell("任务三", vMerge: MergedCellValues.Restart), Cell("市财政局"), Cell("财政局进展。"), Cell("")),
            Row(Cell("", vMergeContinue: true), Cell("", vMergeContinue: true), Cell("市税务局"), Cell("税务局进展。"), Cell("")),
            Row(Cell("4"), Cell("任务四(无单位)", gridSpan: 2), Cell("进展四。"), Cell("")));
        var bulletin = BulletinParser.Parse(Bulletin(table), "merged.docx");

        Assert.Equal([1, 2, 3, 4], bulletin.Tasks.Select(t => t.Number));
        Assert.All(bulletin.Tasks, t => Assert.Equal("一、重点项目", t.Section));
        Assert.Equal(["市住建局"], bulletin.Tasks[1].LeadUnits);
        Assert.Equal(["市财政局", "市税务局"], bulletin.Tasks[2].LeadUnits);
        Assert.Equal("财政局进展。\n税务局进展。", bulletin.Tasks[2].Progress);
        Assert.Equal("进展四。", bulletin.Tasks[3].Progress);
    }

    // ---- xlsx ----

    [Fact]
    public void Xlsx_hidden_sheets_and_rows_are_not_read_and_are_named()
    {
        var bytes = new Xlsx()
            .Sheet("旧版", SheetStateValues.Hidden).Preamble().Header().TaskRows(1, 9)
            .Sheet("任务").Preamble().Header().TaskRow(1).HiddenRow("2", "隐藏行任务", "市财政局", "不应读到", "").TaskRow(2)
            .Bytes();
        var bulletin = BulletinParser.Parse(bytes, "hidden.xlsx");

        Assert.Equal([1, 2], bulletin.Tasks.Select(t => t.Number));
        Assert.Equal(TextTable.TaskText(2), bulletin.Tasks[1].Text);
        var hidden = bulletin.Warnings.Where(w => w.Code == "hiddenContent").Select(w => w.Message).ToList();
        Assert.Contains(hidden, m => m.Contains("sheet \"旧版\" is hidden"));
        Assert.Contains(hidden, m => m.Contains("1 hidden row(s) or cell(s) of sheet \"任务\""));
    }

    [Fact]
    public void Xlsx_a_hidden_column_is_not_read_so_an_old_progress_column_does_not_hide_the_header()
    {
        var bytes = new Xlsx().Sheet("任务").Preamble()
            .Row("序号", "工作任务", "牵头责任单位", "2023年四季度进展", "一季度工作进展")
            .Row("1", TextTable.TaskText(1), "市发改委", "去年的进展。", TextTable.Progress(1))
            .Row("2", TextTable.TaskText(2), "市发改委", "去年的进展。", TextTable.Progress(2))
            .HideColumn(4)
            .Bytes();
        var bulletin = BulletinParser.Parse(bytes, "hidden-column.xlsx");

        Assert.Equal([TextTable.Progress(1), TextTable.Progress(2)], bulletin.Tasks.Select(t => t.Progress));
        Assert.Equal("一季度工作进展", bulletin.ProgressHeader);
        Assert.Contains("hidden row(s) or cell(s)", Assert.Single(bulletin.Warnings, w => w.Code == "hiddenContent").Message);
    }

    [Fact]
    public void Xlsx_merged_ranges_reach_every_row_they_cover()
    {
        var bytes = new Xlsx().Sheet("任务").Preamble().Header()
            .Row("1", "任务一", "市住建局", "进展一。", "")
            .Row("2", "任务二", null, "进展二。", "")
            .Row("3", "任务三", "市财政局", "财政局进展。", "")
            .Row(null, null, "市税务局", "税务局进展。", "")
            .Merge("C4:C5").Merge("A6:A7").Merge("B6:B7")
            .Bytes();
        var bulletin = BulletinParser.Parse(bytes, "merged.xlsx");

        Assert.Equal([1, 2, 3], bulletin.Tasks.Select(t => t.Number));
        Assert.Equal(["市住建局"], bulletin.Tasks[1].LeadUnits);
        Assert.Equal(["市财政局", "市税务局"], bulletin.Tasks[2].LeadUnits);
        Assert.Equal("财政局进展。\n税务局进展。", bulletin.Tasks[2].Progress);
    }

    [Fact]
    public void Xlsx_phonetic_guides_are_left_out_and_numbers_read_as_their_format_shows_them()
    {
        var xlsx = new Xlsx();
        xlsx.SharedStrings.Add(new SharedStringItem(new SpreadsheetText("市发改委"), new PhoneticRun(new SpreadsheetText("しはつかいい")) { BaseTextStartIndex = 0, EndingBaseIndex = 4 }));
        xlsx.SharedStrings.Add(new SharedStringItem(
            new DocumentFormat.OpenXml.Spreadsheet.Run(new SpreadsheetText("已完成")),
            new DocumentFormat.OpenXml.Spreadsheet.Run(new SpreadsheetText("全年目标。")),
            new PhoneticRun(new SpreadsheetText("ふりがな")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }));
        var bytes = xlsx.Sheet("任务").Preamble().Header()
            .Add(Xlsx.Number(0, "1"), Xlsx.Text(1, "任务一"), Xlsx.Shared(2, 0), Xlsx.Shared(3, 1), Xlsx.Number(4, "45382", Xlsx.DateStyle))
            .Add(Xlsx.Number(0, "2"), Xlsx.Text(1, "任务二"), Xlsx.Shared(2, 0), Xlsx.Number(3, "45382", Xlsx.ChineseDateStyle), Xlsx.Number(4, "0.856", Xlsx.PercentStyle))
            .Add(Xlsx.Number(0, "3"), Xlsx.Text(1, "任务三"), Xlsx.Shared(2, 0), Xlsx.Text(3, "进展三。"), Xlsx.Number(4, "0.30000000000000004"))
            .Bytes();
        var bulletin = BulletinParser.Parse(bytes, "formats.xlsx");

        Assert.Equal(3, bulletin.Tasks.Count);
        Assert.All(bulletin.Tasks, t => Assert.Equal(["市发改委"], t.LeadUnits));
        Assert.Equal("已完成全年目标。", bulletin.Tasks[0].Progress);
        Assert.Equal("2024/3/31", bulletin.Tasks[0].Remarks);
        Assert.Equal("2024年3月31日", bulletin.Tasks[1].Progress);
        Assert.Equal("85.6%", bulletin.Tasks[1].Remarks);
        Assert.Equal("0.3", bulletin.Tasks[2].Remarks);
    }
}
