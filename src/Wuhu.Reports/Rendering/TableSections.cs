using System.Globalization;
using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Rendering;

/// <summary>The tabular sections: scoreboard, attention list, targets, data quality, changes, appendix.</summary>
internal static class TableSections
{
    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double d) => d.ToString("0.0%", CultureInfo.InvariantCulture);

    public static Element Scoreboard(IReadOnlyList<UnitScore> units)
    {
        var table = new Table([WidthRule.Share(3), .. Enumerable.Repeat(WidthRule.Fixed(52), 5), WidthRule.Fixed(60)], ReportTheme.Table)
            .AddHeaderRow(Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("任务数"), Blocks.CenteredHeader("已完成"), Blocks.CenteredHeader("推进中"),
                Blocks.CenteredHeader("未达标"), Blocks.CenteredHeader("待核实"), Blocks.CenteredHeader("完成率"));
        foreach (var unit in units)
        {
            table.AddRow(Blocks.Cell(unit.Unit), Blocks.CenteredCell(Number(unit.Total)), Blocks.CenteredCell(Number(unit.Completed)),
                Blocks.CenteredCell(Number(unit.InProgress)), Blocks.CenteredCell(Number(unit.NotMet)), Blocks.CenteredCell(Number(unit.Unknown)),
                Blocks.CenteredCell(Percent(unit.CompletionRate)));
        }

        return table;
    }

    public static Element Attention(IReadOnlyList<AttentionItem> items)
    {
        var table = new Table([WidthRule.Fixed(34), WidthRule.Share(4), WidthRule.Fixed(80), WidthRule.Fixed(44), WidthRule.Share(3)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("序号"), Blocks.HeaderCell("工作任务"), Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("状态"), Blocks.HeaderCell("关注原因"));
        foreach (var item in items)
        {
            table.AddRow(Blocks.CenteredCell(Number(item.Number)), Blocks.Cell(item.Text), Blocks.Cell(Blocks.Units(item.Units)),
                Blocks.StatusCell(item.Status), Blocks.Cell(item.Reason));
        }

        return table;
    }

    public static Element Targets(IReadOnlyList<TargetRow> targets, bool interim)
    {
        var table = new Table([WidthRule.Fixed(34), WidthRule.Share(3), WidthRule.Fixed(78), WidthRule.Fixed(78), WidthRule.Fixed(50), WidthRule.Fixed(52)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("任务"), Blocks.HeaderCell("指标"), Blocks.RightHeader("目标"), Blocks.RightHeader("实际"),
                Blocks.RightHeader("完成比"), Blocks.CenteredHeader("结果"));
        foreach (var target in targets)
        {
            var goal = (target.AtMost ? "≤" : string.Empty) + Decimal(target.Target) + target.Unit;
            var actual = target.Actual is { } a ? Decimal(a) + target.Unit : "—";
            var ratio = target.Ratio is { } r ? Percent((double)r) : "—";
            var (verdict, status) = target.Verdict(interim);
            table.AddRow(Blocks.CenteredCell(Number(target.TaskNumber)), Blocks.Cell(target.Metric), Blocks.RightCell(goal), Blocks.RightCell(actual),
                Blocks.RightCell(ratio), new TextBlock(verdict, ReportTheme.Cell with { Bold = true, Color = ReportTheme.StatusColor(status) }, TextAlignment.Center));
        }

        return table;
    }

    public static Element DataQuality(IReadOnlyList<DataQualityNote> notes)
    {
        var table = new Table([WidthRule.Fixed(36), WidthRule.Share(5), WidthRule.Fixed(120)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("任务"), Blocks.HeaderCell("说明"), Blocks.HeaderCell("来源"));
        foreach (var note in notes)
        {
            table.AddRow(Blocks.CenteredCell(note.TaskNumber is { } n ? Number(n) : "—"), Blocks.Cell(note.Message),
                new TextBlock(note.Source, ReportTheme.Small));
        }

        return table;
    }

    public static Element StatusChanges(IReadOnlyList<StatusChange> changes)
    {
        var table = new Table([WidthRule.Fixed(34), WidthRule.Share(4), WidthRule.Fixed(80), WidthRule.Fixed(44), WidthRule.Fixed(44)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("序号"), Blocks.HeaderCell("工作任务"), Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("上季度"), Blocks.CenteredHeader("本季度"));
        foreach (var change in changes)
        {
            table.AddRow(Blocks.CenteredCell(Number(change.Number)), Blocks.Cell(change.Text), Blocks.Cell(Blocks.Units(change.Units)),
                Blocks.StatusCell(change.From), Blocks.StatusCell(change.To));
        }

        return table;
    }

    public static Element TaskList(IReadOnlyList<TaskRef> tasks)
    {
        var table = new Table([WidthRule.Fixed(34), WidthRule.Share(4), WidthRule.Fixed(80), WidthRule.Fixed(44)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("序号"), Blocks.HeaderCell("工作任务"), Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("状态"));
        foreach (var task in tasks)
        {
            table.AddRow(Blocks.CenteredCell(Number(task.Number)), Blocks.Cell(task.Text), Blocks.Cell(Blocks.Units(task.Units)), Blocks.StatusCell(task.Status));
        }

        return table;
    }

    public static Element Appendix(IReadOnlyList<AppendixRow> rows)
    {
        var table = new Table([WidthRule.Fixed(32), WidthRule.Share(3), WidthRule.Fixed(64), WidthRule.Fixed(40), WidthRule.Share(5)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("序号"), Blocks.HeaderCell("工作任务"), Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("状态"), Blocks.HeaderCell("完成情况"));
        foreach (var row in rows)
        {
            var progress = string.IsNullOrWhiteSpace(row.Remarks) ? row.Progress : $"{row.Progress}\n备注:{row.Remarks}";
            table.AddRow(Blocks.CenteredCell(Number(row.Number)), Blocks.Cell(row.Text), Blocks.Cell(Blocks.Units(row.Units, row.PartnerUnits)),
                Blocks.StatusCell(row.Status), Blocks.Cell(progress));
        }

        return table;
    }
}
