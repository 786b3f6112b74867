using System.Globalization;
using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Rendering;

/// <summary>Key figures and charts.</summary>
internal static class SummarySections
{
    public static Element KeyFigures(KeyFigures figures, bool interim)
    {
        var rate = figures.CompletionRate is { } r ? r.ToString("0.0%", CultureInfo.InvariantCulture) : "—";
        var targets = figures.TargetsTotal == 0 ? "—" : $"{figures.TargetsAchieved}/{figures.TargetsTotal}";
        var row = new Row(8)
            .Relative(1, Card("任务总数", figures.Tasks.ToString(CultureInfo.InvariantCulture), ReportTheme.Accent))
            .Relative(1, Card("已完成", figures.Completed.ToString(CultureInfo.InvariantCulture), ReportTheme.StatusColor(TaskStatus.Completed)))
            .Relative(1, Card("推进中", figures.InProgress.ToString(CultureInfo.InvariantCulture), ReportTheme.StatusColor(TaskStatus.InProgress)))
            .Relative(1, Card("未达标", figures.NotMet.ToString(CultureInfo.InvariantCulture), ReportTheme.StatusColor(TaskStatus.NotMet)))
            .Relative(1, Card("完成率", rate, ReportTheme.Accent))
            .Relative(1, Card("量化目标达成", targets, ReportTheme.Accent));
        var notes = figures.Notes(interim);
        var column = new Column(8).Add(new KeepTogether(row));
        if (notes.Count > 0)
        {
            column.Add(Blocks.Note(string.Join(" ", notes)));
        }

        return column;
    }

    public static Element StatusChart(ReportDocument report)
    {
        var slices = report.StatusDistribution
            .Select(s => new ChartSlice(s.Label, s.Count, ReportTheme.StatusColor(s.Status)))
            .ToList();
        var rate = report.Figures.CompletionRate is { } r ? r.ToString("0.0%", CultureInfo.InvariantCulture) : "—";
        return new KeepTogether(new Column(4)
            .Add(Blocks.SubTitle("任务状态分布"))
            .Add(new DonutChart(slices, 130, rate, "完成率")));
    }

    /// <summary>Lead units by task count, stacked by status; the largest <paramref name="limit"/> units.</summary>
    public static Element UnitsChart(ReportDocument report, int limit = 15)
    {
        var series = StatusLabels.Ordered.Select(s => new ChartSeries(StatusLabels.Of(s), ReportTheme.StatusColor(s))).ToList();
        var bars = report.Units.Take(limit)
            .Select(u => new StackedBar(u.Unit, [u.Completed, u.InProgress, u.NotMet, u.Unknown]))
            .ToList();
        var title = report.Units.Count > limit ? $"牵头单位任务数(前 {limit} 个单位,按状态)" : "牵头单位任务数(按状态)";
        return new KeepTogether(new Column(4)
            .Add(Blocks.SubTitle(title))
            .Add(new StackedBarChart(bars, series)));
    }

    public static Element QuarterChart(ReportDocument report)
    {
        var bars = report.QuarterSeries
            .Select(q => new BarValue(
                q.Label,
                q.CompletionRate ?? 0,
                q.CompletionRate is { } r ? r.ToString("0.0%", CultureInfo.InvariantCulture) : "—",
                ReportTheme.StatusColor(TaskStatus.Completed)))
            .ToList();
        return new KeepTogether(new Column(4)
            .Add(Blocks.SubTitle("各季度完成率"))
            .Add(new BarChart(bars, 140, maxValue: 1, axisFormat: v => v.ToString("0%", CultureInfo.InvariantCulture))));
    }

    private static Element Card(string label, string value, RgbColor color)
    {
        var content = new Column(2)
            .Add(new TextBlock(value, new TextStyle(17f, Bold: true, Color: color, LineHeight: 1.3f), TextAlignment.Center))
            .Add(new TextBlock(label, ReportTheme.Small, TextAlignment.Center));
        return new Background(new Border(new Padding(content, 4, 10, 4, 8), color, 0, 2.5f, 0, 0), ReportTheme.CardBackground);
    }
}
