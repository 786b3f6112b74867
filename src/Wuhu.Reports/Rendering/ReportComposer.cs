using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Rendering;

/// <summary>Turns a <see cref="ReportDocument"/> into the page layout: cover, numbered sections, appendix.</summary>
internal static class ReportComposer
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static PageLayout Compose(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = new Column(18);
        body.Add(CoverPage.Build(report)).Add(new PageBreak());

        var sections = new List<(string Title, Element Content)>
        {
            ("关键数据", SummarySections.KeyFigures(report.Figures, report.InterimFigures)),
            ("图表", Charts(report)),
            ("牵头单位完成情况", report.Units.Count == 0 ? Blocks.None() : TableSections.Scoreboard(report.Units)),
            ("需关注事项", report.NeedsAttention.Count == 0 ? Blocks.None("所有任务均已完成,无需关注事项。") : TableSections.Attention(report.NeedsAttention)),
            ("量化目标", report.Targets.Count == 0 ? Blocks.None("任务文本中未发现量化目标。") : TableSections.Targets(report.Targets, report.InterimFigures)),
            ("数据质量说明", report.DataQuality.Count == 0 ? Blocks.None("未发现数据质量问题。") : TableSections.DataQuality(report.DataQuality)),
        };
        if (report.Kind == ReportKind.Quarterly)
        {
            sections.Add(("较上季度变化", Changes(report.Changes)));
        }

        for (var i = 0; i < sections.Count; i++)
        {
            var title = $"{Numerals[i]}、{sections[i].Title}";
            body.Add(Blocks.Titled(Blocks.SectionTitle(title), sections[i].Content));
        }

        body.Add(new PageBreak());
        body.Add(Blocks.Titled(Blocks.SectionTitle($"附录 全部任务({report.Appendix.Count} 项)"),
            report.Appendix.Count == 0 ? Blocks.None() : TableSections.Appendix(report.Appendix)));

        return new PageLayout(PageSetup.A4WithMargins(42), body)
        {
            Header = page => page.Number == 1 ? null : PageBands.Header(report),
            Footer = page => PageBands.Footer(report, page),
        };
    }

    private static Element Charts(ReportDocument report)
    {
        var column = new Column(16).Add(SummarySections.StatusChart(report));
        if (report.Units.Count > 0)
        {
            column.Add(SummarySections.UnitsChart(report));
        }

        if (report.QuarterSeries.Count > 1)
        {
            column.Add(SummarySections.QuarterChart(report));
        }

        return column;
    }

    private static Element Changes(QuarterChanges? changes)
    {
        if (changes is null)
        {
            return Blocks.None("本季度没有上一季度的公报可供比较。");
        }

        if (changes.IsEmpty)
        {
            return Blocks.None($"与{changes.PreviousPeriodLabel}相比,任务及其状态均无变化。");
        }

        var column = new Column(10)
            .Add(Blocks.Note($"比较对象:{changes.PreviousPeriodLabel}。新完成 {changes.NewlyCompleted.Count} 项,状态变化 {changes.StatusChanges.Count} 项,新增任务 {changes.NewTasks.Count} 项,不再列出 {changes.RemovedTasks.Count} 项。"));
        if (changes.NewlyCompleted.Count > 0)
        {
            column.Add(Blocks.Titled(Blocks.SubTitle("新完成的任务"), TableSections.StatusChanges(changes.NewlyCompleted), 90));
        }

        var otherChanges = changes.StatusChanges.Where(c => c.To != Bulletins.Model.TaskStatus.Completed).ToList();
        if (otherChanges.Count > 0)
        {
            column.Add(Blocks.Titled(Blocks.SubTitle("其他状态变化"), TableSections.StatusChanges(otherChanges), 90));
        }

        if (changes.NewTasks.Count > 0)
        {
            column.Add(Blocks.Titled(Blocks.SubTitle("新增任务"), TableSections.TaskList(changes.NewTasks), 90));
        }

        if (changes.RemovedTasks.Count > 0)
        {
            column.Add(Blocks.Titled(Blocks.SubTitle("不再列出的任务"), TableSections.TaskList(changes.RemovedTasks), 90));
        }

        return column;
    }
}
