using System.Globalization;
using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Rendering;

/// <summary>The tabular sections: scoreboard, attention list, targets, data quality, changes, appendix.</summary>
internal static class TableSections
{
    /// <summary>Wide enough for an eight-character unit name at cell size, so common names never break.</summary>
    public const float UnitsWidth = 84;

    /// <summary>Wide enough for the longest status label ("持续推进") in bold without wrapping.</summary>
    public const float StatusWidth = 48;

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    public static Element Scoreboard(ReportDocument report)
    {
        var statuses = SummarySections.Statuses(report);
        var table = new Table([WidthRule.Share(3), WidthRule.Fixed(40), .. statuses.Select(_ => WidthRule.Fixed(StatusWidth)), WidthRule.Fixed(50)], ReportTheme.Table)
            .AddHeaderRow([Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("任务数"), .. statuses.Select(s => Blocks.CenteredHeader(report.StatusLabel(s))),
                Blocks.CenteredHeader("完成率")]);
        foreach (var unit in report.Units)
        {
            table.AddRow([Blocks.Units([unit.Unit]), Blocks.CenteredCell(Number(unit.Total)),
                .. statuses.Select(s => Blocks.CenteredCell(Number(unit.Statuses.Count(s)))),
                Blocks.CenteredCell(SummarySections.Rate(unit.CompletionRate))]);
        }

        return new Column(6).Add(table)
            .Add(Blocks.Note("完成率 = 已完成 ÷ 有明确完成标准的任务(不含持续推进和待核实);共同牵头的任务计入每个牵头单位。"));
    }

    public static Element Attention(ReportDocument report)
    {
        var table = new Table([WidthRule.Fixed(30), WidthRule.Share(4), WidthRule.Fixed(UnitsWidth), WidthRule.Fixed(StatusWidth), WidthRule.Share(4)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("序号"), Blocks.HeaderCell("工作任务"), Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("状态"), Blocks.HeaderCell("原因与依据"));
        foreach (var item in report.NeedsAttention)
        {
            var why = new TextBlock([new TextSpan(item.Reason + "\n", ReportTheme.Cell with { Bold = true }), new TextSpan(item.Evidence, ReportTheme.Cell)]);
            table.AddRow(Blocks.CenteredCell(Number(item.Number)), Blocks.Cell(item.Text), Blocks.Units(item.Units),
                Blocks.StatusCell(item.Status, report.StatusLabel(item.Status)), why);
        }

        return table;
    }

    /// <summary>The 待核实 tasks, one compact row each: number, task (shortened), units, why it cannot be decided.</summary>
    public static Element NeedsCheck(ReportDocument report)
    {
        var table = new Table([WidthRule.Fixed(30), WidthRule.Share(3), WidthRule.Fixed(UnitsWidth), WidthRule.Share(3)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("序号"), Blocks.HeaderCell("任务(摘要)"), Blocks.HeaderCell("牵头单位"), Blocks.HeaderCell("需核实的原因"));
        foreach (var item in report.NeedsCheck)
        {
            table.AddRow(Blocks.CenteredCell(Number(item.Number)), Blocks.Cell(item.ShortText), Blocks.Units(item.Units), Blocks.Cell(item.Why));
        }

        return table;
    }

    public static Element Targets(IReadOnlyList<TargetRow> targets, bool interim)
    {
        var table = new Table([WidthRule.Fixed(30), WidthRule.Share(3), WidthRule.Fixed(70), WidthRule.Fixed(70), WidthRule.Fixed(92), WidthRule.Fixed(48)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("任务"), Blocks.HeaderCell("指标"), Blocks.RightHeader("目标"), Blocks.RightHeader(interim ? "目前" : "实际"),
                Blocks.RightHeader("完成比例/余量"), Blocks.CenteredHeader("结果"));
        foreach (var target in targets)
        {
            var goal = (target.AtMost ? "≤" : string.Empty) + Decimal(target.Target) + target.Unit;
            var actual = target.Actual is { } a ? Decimal(a) + target.Unit : "—";
            var (verdict, status) = target.Verdict(interim);
            table.AddRow(Blocks.CenteredCell(Number(target.TaskNumber)), Blocks.Cell(target.Metric), Blocks.RightCell(goal), Blocks.RightCell(actual),
                Blocks.RightCell(target.Extent), new TextBlock(verdict, ReportTheme.Cell with { Bold = true, Color = ReportTheme.StatusColor(status) }, TextAlignment.Center));
        }

        return new Column(6).Add(table)
            .Add(Blocks.Note("“≤”为上限指标(如“控制在5.5%以内”):不超过上限即达成,余量为实际值与上限之差。"));
    }

    /// <summary>One row per kind of problem: how many, and the first few examples.</summary>
    public static Element DataQuality(ReportDocument report)
    {
        var table = new Table([WidthRule.Fixed(100), WidthRule.Fixed(36), WidthRule.Share(1)], ReportTheme.Table)
            .AddHeaderRow(Blocks.HeaderCell("类别"), Blocks.CenteredHeader("数量"), Blocks.HeaderCell($"示例(每类最多 {DataQualityGroup.ExampleCount} 条)"));
        foreach (var group in report.DataQualityGroups)
        {
            var examples = string.Join("\n", group.Examples.Select(n => n.Message));
            if (group.Count > group.Examples.Count)
            {
                examples += $"\n……另有 {group.Count - group.Examples.Count} 条。";
            }

            table.AddRow(Blocks.Cell(group.Kind), Blocks.CenteredCell(Number(group.Count)), Blocks.Cell(examples));
        }

        var sources = report.DataQuality.Select(n => n.Source).Distinct(StringComparer.Ordinal).ToList();
        return new Column(6).Add(table).Add(Blocks.Note($"来源:{string.Join("、", sources)}。"));
    }

    public static Element StatusChanges(IReadOnlyList<StatusChange> changes)
    {
        var table = new Table([WidthRule.Fixed(30), WidthRule.Share(4), WidthRule.Fixed(UnitsWidth), WidthRule.Fixed(StatusWidth), WidthRule.Fixed(StatusWidth)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("序号"), Blocks.HeaderCell("工作任务"), Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("上季度"), Blocks.CenteredHeader("本季度"));
        foreach (var change in changes)
        {
            table.AddRow(Blocks.CenteredCell(Number(change.Number)), Blocks.Cell(change.Text), Blocks.Units(change.Units),
                Blocks.StatusCell(change.From, change.FromLabel), Blocks.StatusCell(change.To, change.ToLabel));
        }

        return table;
    }

    public static Element TaskList(IReadOnlyList<TaskRef> tasks)
    {
        var table = new Table([WidthRule.Fixed(30), WidthRule.Share(4), WidthRule.Fixed(UnitsWidth), WidthRule.Fixed(StatusWidth)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("序号"), Blocks.HeaderCell("工作任务"), Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("状态"));
        foreach (var task in tasks)
        {
            table.AddRow(Blocks.CenteredCell(Number(task.Number)), Blocks.Cell(task.Text), Blocks.Units(task.Units), Blocks.StatusCell(task.Status, task.StatusLabel));
        }

        return table;
    }

    public static Element Appendix(IReadOnlyList<AppendixRow> rows)
    {
        var table = new Table([WidthRule.Fixed(30), WidthRule.Share(3), WidthRule.Fixed(UnitsWidth), WidthRule.Fixed(StatusWidth), WidthRule.Share(5)], ReportTheme.Table)
            .AddHeaderRow(Blocks.CenteredHeader("序号"), Blocks.HeaderCell("工作任务"), Blocks.HeaderCell("牵头单位"), Blocks.CenteredHeader("状态"), Blocks.HeaderCell("判定依据 / 完成情况"));
        foreach (var row in rows)
        {
            var progress = string.IsNullOrWhiteSpace(row.Remarks) ? row.Progress : $"{row.Progress}\n备注:{row.Remarks}";
            var cell = new TextBlock([
                new TextSpan("判定依据:", ReportTheme.Cell with { Bold = true, Color = ReportTheme.StatusColor(row.Status) }),
                new TextSpan(row.Basis + "\n", ReportTheme.Cell with { Color = ReportTheme.Muted }),
                new TextSpan(progress, ReportTheme.Cell)]);
            Element units = Blocks.Units(row.Units);
            if (row.PartnerUnits.Count > 0)
            {
                units = new Column(3).Add(units)
                    .Add(new TextBlock("协同:", ReportTheme.Small))
                    .Add(Blocks.Units(row.PartnerUnits, ReportTheme.Cell with { Color = ReportTheme.Muted }));
            }

            table.AddRow(Blocks.CenteredCell(Number(row.Number)), Blocks.Cell(row.Text), units,
                Blocks.StatusCell(row.Status, row.StatusLabel), cell);
        }

        return table;
    }
}
