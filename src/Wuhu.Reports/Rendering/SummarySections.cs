using System.Globalization;
using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Rendering;

/// <summary>Key figures and charts.</summary>
internal static class SummarySections
{
    /// <summary>
    /// The figure cards (tasks, each status the bulletin uses, completion rate, targets), the definition of the
    /// completion rate under them and, for a quarter, the office's 序时进度 sentence. On the cover and in section 一.
    /// </summary>
    public static Element Headline(ReportDocument report)
    {
        var figures = report.Figures;
        var rate = Rate(figures.CompletionRate);
        var targets = figures.TargetsTotal == 0 ? "—" : $"{figures.TargetsAchieved}/{figures.TargetsTotal}";
        var row = new Row(6).Relative(1, Card("任务总数", Number(figures.Tasks), ReportTheme.Accent));
        foreach (var status in Statuses(report))
        {
            row.Relative(1, Card(report.StatusLabel(status), Number(figures.Statuses.Count(status)), ReportTheme.StatusColor(status)));
        }

        row.Relative(1, Card("完成率", rate, ReportTheme.Accent))
            .Relative(1, Card("量化目标达成", targets, ReportTheme.Accent));
        var column = new Column(6).Add(new KeepTogether(row));
        if (figures.ScheduleSummary is { } schedule)
        {
            column.Add(new TextBlock([new TextSpan("序时进度:", ReportTheme.Body with { Bold = true }), new TextSpan(schedule, ReportTheme.Body)]));
        }

        column.Add(Blocks.Note(figures.CompletionRateDefinition));
        return column;
    }

    public static Element KeyFigures(ReportDocument report)
    {
        var column = new Column(8).Add(Headline(report));
        var notes = report.Figures.Notes(report.InterimFigures);
        if (notes.Count > 0)
        {
            column.Add(Blocks.Note(string.Join(" ", notes)));
        }

        return column;
    }

    /// <summary>The statuses this report shows: those of its kind of bulletin, plus any other that has tasks.</summary>
    public static IReadOnlyList<TaskStatus> Statuses(ReportDocument report) =>
        StatusLabels.Shown(report.InterimFigures, report.Figures.Statuses.Count);

    public static Element StatusChart(ReportDocument report)
    {
        var slices = report.StatusDistribution
            .Select(s => new ChartSlice(s.Label, s.Count, ReportTheme.StatusColor(s.Status)))
            .ToList();
        return new KeepTogether(new Column(4)
            .Add(Blocks.SubTitle("任务状态分布"))
            .Add(new DonutChart(slices, 130, Rate(report.Figures.CompletionRate), "完成率")));
    }

    /// <summary>Lead units by task count, stacked by status; the largest <paramref name="limit"/> units.</summary>
    public static Element UnitsChart(ReportDocument report, int limit = 15)
    {
        var statuses = Statuses(report);
        var series = statuses.Select(s => new ChartSeries(report.StatusLabel(s), ReportTheme.StatusColor(s))).ToList();
        var bars = report.Units.Take(limit)
            .Select(u => new StackedBar(u.Unit, [.. statuses.Select(s => (double)u.Statuses.Count(s))]))
            .ToList();
        var title = report.Units.Count > limit ? $"牵头单位任务数(前 {limit} 个单位,按状态)" : "牵头单位任务数(按状态)";
        return new KeepTogether(new Column(4)
            .Add(Blocks.SubTitle(title))
            .Add(new StackedBarChart(bars, series)));
    }

    /// <summary>The status mix of each of the year's bulletins, one stacked bar per quarter (全年 for the full year).</summary>
    public static Element QuarterChart(ReportDocument report)
    {
        var statuses = StatusLabels.Ordered
            .Where(s => report.QuarterSeries.Any(q => q.Statuses.Count(s) > 0))
            .ToList();
        var series = statuses.Select(s => new ChartSeries(QuarterSeriesLabel(s), ReportTheme.StatusColor(s))).ToList();
        var bars = report.QuarterSeries
            .Select(q => new StackedBar(q.Label, [.. statuses.Select(s => (double)q.Statuses.Count(s))]))
            .ToList();
        return new KeepTogether(new Column(4)
            .Add(Blocks.SubTitle("各季度任务状态"))
            .Add(new StackedBarChart(bars, series, labelWidth: 60, barPitch: 22)));
    }

    /// <summary>Quarters and the full year share one legend: 推进中 is 达序时 in a quarter.</summary>
    public static string QuarterSeriesLabel(TaskStatus status) =>
        status == TaskStatus.InProgress ? "推进中/达序时" : StatusLabels.Of(status);

    public static string Rate(double? rate) => rate is { } r ? r.ToString("0.0%", CultureInfo.InvariantCulture) : "—";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Element Card(string label, string value, RgbColor color)
    {
        var content = new Column(2)
            .Add(new TextBlock(value, new TextStyle(16f, Bold: true, Color: color, LineHeight: 1.3f), TextAlignment.Center))
            .Add(new TextBlock(label, ReportTheme.Small, TextAlignment.Center));
        return new Background(new Border(new Padding(content, 2, 9, 2, 7), color, 0, 2.5f, 0, 0), ReportTheme.CardBackground);
    }
}
