using System.Globalization;
using System.Text;
using Wuhu.Reports.Model;
using Wuhu.Reports.Rendering;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Html;

/// <summary>The report's parts as HTML, in the PDF's order and wording (see Rendering/ReportComposer).</summary>
internal static class HtmlSections
{
    public static void Cover(StringBuilder html, ReportDocument report, IReadOnlyList<(string Title, string Id)> contents)
    {
        var kind = report.Kind == ReportKind.Annual ? "年度报告" : "季度报告";
        var generated = report.GeneratedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
        html.Append("<div class=\"cover\" id=\"cover\"><div class=\"banner\"><div class=\"kind\">芜湖市重点工作任务 · ").Append(kind).Append("</div><h1>")
            .Escaped(report.Title).Append("</h1><div class=\"period\">").Escaped(report.PeriodLabel).Append("</div></div>")
            .Append("<div class=\"facts\"><p><span class=\"muted\">生成时间:</span>").Append(generated).Append("(北京时间)")
            .Append("    <span class=\"muted\">任务总数:</span>").Number(report.Figures.Tasks).Append(" 项</p></div>")
            .Append("<h3>主要数据</h3>");
        Headline(html, report);
        html.Append("<h3>目录</h3><nav class=\"toc\">");
        foreach (var (title, id) in contents)
        {
            html.Append("<a href=\"#").Append(id).Append("\">").Escaped(title).Append("</a>");
        }

        html.Append("</nav><h3>数据来源</h3>");
        Table(html, [null, 90, 50], ["来源公报 / SHA-256", "期间", "任务数"]);
        foreach (var source in report.Sources)
        {
            html.Append("<tr><td>").Escaped(source.Title is null ? source.Name : $"{source.Title}({source.Name})")
                .Append("<div class=\"sha\">").Escaped(source.Sha256).Append("</div></td><td>").Escaped(source.PeriodLabel)
                .Append("</td><td class=\"c\">").Number(source.TaskCount).Append("</td></tr>");
        }

        html.Append("</tbody></table><p class=\"note\">本报告由系统根据已发布的公报自动生成;所有数字均可按上表的 SHA-256 追溯到原始公报。</p></div>\n");
    }

    /// <summary>The figure cards, the 序时进度 sentence (quarters) and the completion rate's definition, as in the PDF.</summary>
    public static void Headline(StringBuilder html, ReportDocument report)
    {
        var figures = report.Figures;
        var targets = figures.TargetsTotal == 0 ? "—" : $"{figures.TargetsAchieved}/{figures.TargetsTotal}";
        var accent = ReportTheme.Accent.ToString();
        html.Append("<div class=\"cards\">");
        Card(html, "任务总数", figures.Tasks.ToString(CultureInfo.InvariantCulture), accent);
        foreach (var status in SummarySections.Statuses(report))
        {
            Card(html, report.StatusLabel(status), figures.Statuses.Count(status).ToString(CultureInfo.InvariantCulture), ReportTheme.StatusColor(status).ToString());
        }

        Card(html, "完成率", SummarySections.Rate(figures.CompletionRate), accent);
        Card(html, "量化目标达成", targets, accent);
        html.Append("</div>");
        if (figures.ScheduleSummary is { } schedule)
        {
            html.Append("<p class=\"schedule\"><b>序时进度:</b>").Escaped(schedule).Append("</p>");
        }

        html.Append("<p class=\"note\">").Escaped(figures.CompletionRateDefinition).Append("</p>");
    }

    public static void KeyFigures(StringBuilder html, ReportDocument report)
    {
        Headline(html, report);
        var notes = report.Figures.Notes(report.InterimFigures);
        if (notes.Count > 0)
        {
            html.Append("<p class=\"note\">").Escaped(string.Join(" ", notes)).Append("</p>");
        }
    }

    public static void Charts(StringBuilder html, ReportDocument report)
    {
        const int unitLimit = 15;
        html.Append("<div class=\"chart-block\"><h3>任务状态分布</h3>");
        SvgCharts.StatusDonut(html, report);
        html.Append("</div>");
        if (report.Units.Count > 0)
        {
            var title = report.Units.Count > unitLimit ? $"牵头单位任务数(前 {unitLimit} 个单位,按状态)" : "牵头单位任务数(按状态)";
            html.Append("<div class=\"chart-block\"><h3>").Append(title).Append("</h3>");
            SvgCharts.UnitBars(html, report, unitLimit);
            html.Append("</div>");
        }

        if (report.QuarterSeries.Count > 1)
        {
            html.Append("<div class=\"chart-block\"><h3>各季度任务状态</h3>");
            SvgCharts.QuarterBars(html, report.QuarterSeries);
            html.Append("</div>");
        }
    }

    public static void Scoreboard(StringBuilder html, ReportDocument report)
    {
        var statuses = SummarySections.Statuses(report);
        Table(html, [null, 40, .. statuses.Select(_ => (double?)TableSections.StatusWidth), 50],
            ["牵头单位", "任务数", .. statuses.Select(report.StatusLabel), "完成率"], centeredFrom: 1);
        foreach (var unit in report.Units)
        {
            html.Append("<tr><td>");
            Units(html, [unit.Unit]).Append("</td><td class=\"c\">").Number(unit.Total).Append("</td>");
            foreach (var status in statuses)
            {
                html.Append("<td class=\"c\">").Number(unit.Statuses.Count(status)).Append("</td>");
            }

            html.Append("<td class=\"c\">").Append(SummarySections.Rate(unit.CompletionRate)).Append("</td></tr>");
        }

        html.Append("</tbody></table><p class=\"note\">完成率 = 已完成 ÷ 有明确完成标准的任务(不含持续推进和待核实);共同牵头的任务计入每个牵头单位。</p>");
    }

    public static void Attention(StringBuilder html, ReportDocument report)
    {
        if (report.NeedsAttention.Count == 0)
        {
            None(html, report.InterimFigures ? "没有欠序时的任务。" : "没有未达标或仍在推进的任务。");
        }
        else
        {
            var lead = report.InterimFigures
                ? $"欠序时 {report.Figures.Behind} 项,按任务序号排列,附判定依据。"
                : $"未达标 {report.Figures.NotMet} 项、仍在推进 {report.Figures.InProgress} 项,依次排列,附判定依据。";
            html.Append("<p class=\"note\">").Escaped(lead).Append("</p>");
            Table(html, [30, null, TableSections.UnitsWidth, TableSections.StatusWidth, null], ["序号", "工作任务", "牵头单位", "状态", "原因与依据"], widths: [0, 4, 0, 0, 4], centered: [0, 3]);
            foreach (var item in report.NeedsAttention)
            {
                html.Append("<tr><td class=\"c\">").Number(item.Number).Append("</td><td>").Escaped(item.Text).Append("</td><td>");
                Units(html, item.Units).Append("</td>");
                Status(html, item.Status, report.StatusLabel(item.Status)).Append("<td><span class=\"k\">").Escaped(item.Reason).Append("</span>\n").Escaped(item.Evidence).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        if (report.NeedsCheck.Count > 0)
        {
            html.Append("<h3>需核实(").Number(report.NeedsCheck.Count).Append(" 项)</h3>");
            Table(html, [30, null, TableSections.UnitsWidth, null], ["序号", "任务(摘要)", "牵头单位", "需核实的原因"], widths: [0, 3, 0, 3], centered: [0]);
            foreach (var item in report.NeedsCheck)
            {
                html.Append("<tr><td class=\"c\">").Number(item.Number).Append("</td><td>").Escaped(item.ShortText).Append("</td><td>");
                Units(html, item.Units).Append("</td><td>").Escaped(item.Why).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }
    }

    public static void Targets(StringBuilder html, IReadOnlyList<TargetRow> targets, bool interim)
    {
        Table(html, [30, null, 70, 70, 92, 48], ["任务", "指标", "目标", interim ? "目前" : "实际", "完成比例/余量", "结果"], centered: [0, 5], right: [2, 3, 4]);
        foreach (var target in targets)
        {
            var (verdict, status) = target.Verdict(interim);
            html.Append("<tr><td class=\"c\">").Number(target.TaskNumber).Append("</td><td>").Escaped(target.Metric)
                .Append("</td><td class=\"r\">").Append(target.AtMost ? "≤" : string.Empty).Append(HtmlText.Decimal(target.Target)).Escaped(target.Unit)
                .Append("</td><td class=\"r\">");
            if (target.Actual is { } actual)
            {
                html.Append(HtmlText.Decimal(actual)).Escaped(target.Unit);
            }
            else
            {
                html.Append('—');
            }

            html.Append("</td><td class=\"r\">").Escaped(target.Extent).Append("</td>")
                .Append("<td class=\"st\" style=\"color:").Append(ReportTheme.StatusColor(status).ToString()).Append("\">").Append(verdict).Append("</td></tr>");
        }

        html.Append("</tbody></table><p class=\"note\">“≤”为上限指标(如“控制在5.5%以内”):不超过上限即达成,余量为实际值与上限之差。</p>");
    }

    public static void DataQuality(StringBuilder html, ReportDocument report)
    {
        Table(html, [100, 36, null], ["类别", "数量", $"示例(每类最多 {DataQualityGroup.ExampleCount} 条)"], centered: [1]);
        foreach (var group in report.DataQualityGroups)
        {
            html.Append("<tr><td>").Escaped(group.Kind).Append("</td><td class=\"c\">").Number(group.Count).Append("</td><td>");
            for (var i = 0; i < group.Examples.Count; i++)
            {
                html.Append(i == 0 ? string.Empty : "\n").Escaped(group.Examples[i].Message);
            }

            if (group.Count > group.Examples.Count)
            {
                html.Append("\n……另有 ").Number(group.Count - group.Examples.Count).Append(" 条。");
            }

            html.Append("</td></tr>");
        }

        var sources = report.DataQuality.Select(n => n.Source).Distinct(StringComparer.Ordinal);
        html.Append("</tbody></table><p class=\"note\">来源:").Escaped(string.Join("、", sources)).Append("。</p>");
    }

    public static void Changes(StringBuilder html, QuarterChanges? changes)
    {
        if (changes is null)
        {
            None(html, "本季度没有上一季度的公报可供比较。");
            return;
        }

        if (changes.IsEmpty)
        {
            None(html, $"与{changes.PreviousPeriodLabel}相比,任务及其状态均无变化。");
            return;
        }

        html.Append("<p class=\"note\">").Escaped($"比较对象:{changes.PreviousPeriodLabel}。新完成 {changes.NewlyCompleted.Count} 项,状态变化 {changes.StatusChanges.Count} 项,新增任务 {changes.NewTasks.Count} 项,不再列出 {changes.RemovedTasks.Count} 项。").Append("</p>");
        if (changes.NewlyCompleted.Count > 0)
        {
            html.Append("<h3>新完成的任务</h3>");
            StatusChanges(html, changes.NewlyCompleted);
        }

        var others = changes.StatusChanges.Where(c => c.To != TaskStatus.Completed).ToList();
        if (others.Count > 0)
        {
            html.Append("<h3>其他状态变化</h3>");
            StatusChanges(html, others);
        }

        if (changes.NewTasks.Count > 0)
        {
            html.Append("<h3>新增任务</h3>");
            TaskList(html, changes.NewTasks);
        }

        if (changes.RemovedTasks.Count > 0)
        {
            html.Append("<h3>不再列出的任务</h3>");
            TaskList(html, changes.RemovedTasks);
        }
    }

    public static void Appendix(StringBuilder html, IReadOnlyList<AppendixRow> rows)
    {
        Table(html, [30, null, TableSections.UnitsWidth, TableSections.StatusWidth, null], ["序号", "工作任务", "牵头单位", "状态", "判定依据 / 完成情况"], widths: [0, 3, 0, 0, 5], centered: [0, 3]);
        foreach (var row in rows)
        {
            html.Append("<tr><td class=\"c\">").Number(row.Number).Append("</td><td>").Escaped(row.Text).Append("</td><td>");
            Units(html, row.Units);
            if (row.PartnerUnits.Count > 0)
            {
                html.Append("<div class=\"partners\">协同:");
                Units(html, row.PartnerUnits).Append("</div>");
            }

            html.Append("</td>");
            Status(html, row.Status, row.StatusLabel).Append("<td><div class=\"basis\"><span class=\"k\" style=\"color:").Append(ReportTheme.StatusColor(row.Status).ToString())
                .Append("\">判定依据:</span>").Escaped(row.Basis).Append("</div>").Escaped(row.Progress);
            if (!string.IsNullOrWhiteSpace(row.Remarks))
            {
                html.Append("\n备注:").Escaped(row.Remarks);
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>");
    }

    public static void None(StringBuilder html, string text = "无。") => html.Append("<p class=\"none\">").Escaped(text).Append("</p>");

    private static void StatusChanges(StringBuilder html, IReadOnlyList<StatusChange> changes)
    {
        Table(html, [30, null, TableSections.UnitsWidth, TableSections.StatusWidth, TableSections.StatusWidth], ["序号", "工作任务", "牵头单位", "上季度", "本季度"], centered: [0, 3, 4]);
        foreach (var change in changes)
        {
            html.Append("<tr><td class=\"c\">").Number(change.Number).Append("</td><td>").Escaped(change.Text).Append("</td><td>");
            Units(html, change.Units).Append("</td>");
            Status(html, change.From, change.FromLabel);
            Status(html, change.To, change.ToLabel).Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void TaskList(StringBuilder html, IReadOnlyList<TaskRef> tasks)
    {
        Table(html, [30, null, TableSections.UnitsWidth, TableSections.StatusWidth], ["序号", "工作任务", "牵头单位", "状态"], centered: [0, 3]);
        foreach (var task in tasks)
        {
            html.Append("<tr><td class=\"c\">").Number(task.Number).Append("</td><td>").Escaped(task.Text).Append("</td><td>");
            Units(html, task.Units).Append("</td>");
            Status(html, task.Status, task.StatusLabel).Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Card(StringBuilder html, string label, string value, string color) =>
        html.Append("<div class=\"card\" style=\"border-color:").Append(color).Append("\"><b style=\"color:").Append(color).Append("\">")
            .Escaped(value).Append("</b><span>").Append(label).Append("</span></div>");

    /// <summary>
    /// Units separated by "、", each name unbreakable (class "u": keep-all, so only a name wider than its column breaks), so a line breaks between names,
    /// as in the PDF; "—" when none.
    /// </summary>
    private static StringBuilder Units(StringBuilder html, IReadOnlyList<string> units)
    {
        if (units.Count == 0)
        {
            return html.Append('—');
        }

        for (var i = 0; i < units.Count; i++)
        {
            html.Append(i == 0 ? string.Empty : "、").Append("<span class=\"u\">").Escaped(units[i]).Append("</span>");
        }

        return html;
    }

    private static StringBuilder Status(StringBuilder html, TaskStatus status, string label) =>
        html.Append("<td class=\"st\" style=\"color:").Append(ReportTheme.StatusColor(status).ToString()).Append("\">").Escaped(label).Append("</td>");

    /// <summary>
    /// Opens a table with its header row: a fixed width in points per column, or null for a share of the rest
    /// (<paramref name="widths"/> gives the shares; default one each), as the PDF's WidthRule does.
    /// </summary>
    private static void Table(
        StringBuilder html,
        double?[] fixedWidths,
        string[] headers,
        int[]? widths = null,
        int[]? centered = null,
        int[]? right = null,
        int centeredFrom = int.MaxValue)
    {
        // Share columns split what the fixed ones leave of the content width, as the PDF's WidthRule.Share does.
        var remaining = SvgCharts.Width - fixedWidths.Sum(w => w ?? 0);
        var totalShare = Math.Max(1, fixedWidths.Select((w, i) => w is null ? (widths?[i] ?? 1) : 0).Sum());
        html.Append("<table><colgroup>");
        for (var i = 0; i < fixedWidths.Length; i++)
        {
            var width = fixedWidths[i] ?? (remaining * (widths?[i] ?? 1) / totalShare);
            html.Append("<col style=\"width:").Coordinate(width).Append("pt\">");
        }

        html.Append("</colgroup><thead><tr>");
        for (var i = 0; i < headers.Length; i++)
        {
            var align = i >= centeredFrom || (centered?.Contains(i) ?? false) ? " class=\"c\"" : (right?.Contains(i) ?? false) ? " class=\"r\"" : string.Empty;
            html.Append("<th").Append(align).Append('>').Append(headers[i]).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
    }
}
