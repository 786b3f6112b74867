using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Rendering;

/// <summary>
/// Turns a <see cref="ReportDocument"/> into the page layout: cover (headline figures, linked contents), numbered
/// sections and the appendix. Sections flow one after another (a heading moves to the next page only with the
/// start of its content), so a short section never sits alone on a page.
/// </summary>
internal static class ReportComposer
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>The numbered sections and the appendix, with their titles and content, in reading order.</summary>
    public static IReadOnlyList<(string Title, string Destination, Element Content)> Sections(ReportDocument report)
    {
        var sections = new List<(string Title, Element Content)>
        {
            ("关键数据", SummarySections.KeyFigures(report)),
            ("图表", Charts(report)),
            ("牵头单位完成情况", report.Units.Count == 0 ? Blocks.None() : TableSections.Scoreboard(report)),
            ("需关注事项", Attention(report)),
            ("量化目标", report.Targets.Count == 0 ? Blocks.None("任务文本中未发现量化目标。") : TableSections.Targets(report.Targets, report.InterimFigures)),
            ("数据质量说明", report.DataQuality.Count == 0 ? Blocks.None("未发现数据质量问题。") : TableSections.DataQuality(report)),
        };
        if (report.Kind == ReportKind.Quarterly)
        {
            sections.Add(("较上季度变化", Changes(report.Changes)));
        }

        var numbered = sections.Select((s, i) => ($"{Numerals[i]}、{s.Title}", $"section-{i + 1}", s.Content)).ToList();
        numbered.Add(($"附录 全部任务({report.Appendix.Count} 项)", "appendix",
            report.Appendix.Count == 0 ? Blocks.None() : TableSections.Appendix(report.Appendix)));
        return numbered;
    }

    public static PageLayout Compose(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var destinations = new DestinationRegistry();
        var sections = Sections(report);
        var outline = sections.Select(s => new OutlineEntry(s.Title, s.Destination)).ToList();

        var body = new Column(18);
        body.Add(CoverPage.Build(report, outline, destinations)).Add(new PageBreak());
        foreach (var (title, destination, content) in sections)
        {
            body.Add(Blocks.Titled(new Destination(Blocks.SectionTitle(title), destination, destinations), content));
        }

        return new PageLayout(PageSetup.A4WithMargins(42), body)
        {
            Header = page => page.Number == 1 ? null : PageBands.Header(report),
            Footer = page => PageBands.Footer(report, page),
            Destinations = destinations,
            Outline = [new OutlineEntry("封面与目录", "cover"), .. outline],
        };
    }

    private static Element Attention(ReportDocument report)
    {
        var column = new Column(10);
        if (report.NeedsAttention.Count == 0)
        {
            column.Add(Blocks.None(report.InterimFigures ? "没有欠序时的任务。" : "没有未达标或仍在推进的任务。"));
        }
        else
        {
            var lead = report.InterimFigures
                ? $"欠序时 {report.Figures.Behind} 项,按任务序号排列,附判定依据。"
                : $"未达标 {report.Figures.NotMet} 项、仍在推进 {report.Figures.InProgress} 项,依次排列,附判定依据。";
            column.Add(Blocks.Note(lead)).Add(TableSections.Attention(report));
        }

        if (report.NeedsCheck.Count > 0)
        {
            column.Add(Blocks.Titled(Blocks.SubTitle($"需核实({report.NeedsCheck.Count} 项)"), TableSections.NeedsCheck(report), 90));
        }

        return column;
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
            .Add(Blocks.Note($"比较对象:{changes.PreviousPeriodLabel}。新完成 {changes.NewlyCompleted.Count} 项,状态变化 {changes.StatusChanges.Count} 项,新增任务 {changes.NewTasks.Count} 项,不再列出 {changes.RemovedTasks.Count} 项。新增任务指任务内容与上季度各项均不相同的任务(按内容比对,不按序号)。"));
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
