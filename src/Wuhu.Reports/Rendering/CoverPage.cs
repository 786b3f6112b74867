using System.Globalization;
using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Rendering;

/// <summary>
/// The first page: title and period, the headline figures, a table of contents whose entries link to the
/// sections (with their page numbers), and the bulletins the figures come from.
/// </summary>
internal static class CoverPage
{
    public static Element Build(ReportDocument report, IReadOnlyList<OutlineEntry> contents, DestinationRegistry destinations)
    {
        var kind = report.Kind == ReportKind.Annual ? "年度报告" : "季度报告";
        var banner = new Background(
            new Padding(
                new Column(8)
                    .Add(new TextBlock($"芜湖市重点工作任务 · {kind}", new TextStyle(10.5f, Color: new RgbColor(0xC9, 0xD6, 0xE8))))
                    .Add(new TextBlock(report.Title, new TextStyle(20f, Bold: true, Color: RgbColor.White, LineHeight: 1.35f)))
                    .Add(new TextBlock(report.PeriodLabel, new TextStyle(13f, Color: RgbColor.White))),
                24, 24, 24, 22),
            ReportTheme.Accent);

        var generated = report.GeneratedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
        var facts = new TextBlock([
            new TextSpan("生成时间:", ReportTheme.Body with { Color = ReportTheme.Muted }),
            new TextSpan($"{generated}(北京时间)", ReportTheme.Body),
            new TextSpan("    任务总数:", ReportTheme.Body with { Color = ReportTheme.Muted }),
            new TextSpan($"{report.Figures.Tasks} 项", ReportTheme.Body)]);

        var column = new Column(14)
            .Add(new Destination(banner, "cover", destinations))
            .Add(new Padding(facts, 2, 0))
            .Add(new Column(6).Add(Blocks.SubTitle("主要数据")).Add(SummarySections.Headline(report)))
            .Add(new Column(6).Add(Blocks.SubTitle("目录")).Add(Contents(contents, destinations)))
            .Add(new Column(6).Add(Blocks.SubTitle("数据来源")).Add(Sources(report)))
            .Add(Blocks.Note("本报告由系统根据已发布的公报自动生成;所有数字均可按上表的 SHA-256 追溯到原始公报。"));
        return column;
    }

    /// <summary>One line per section: its title, a dotted leader, its page number; the whole line is a link.</summary>
    private static Element Contents(IReadOnlyList<OutlineEntry> contents, DestinationRegistry destinations)
    {
        var column = new Column(0);
        var style = ReportTheme.Body with { LineHeight = 1.7f };
        foreach (var entry in contents)
        {
            var line = new Border(
                new Row(6)
                    .Relative(1, new TextBlock(entry.Title, style with { Color = ReportTheme.Accent }))
                    .Constant(40, new PageReference(entry.Destination, destinations, style)),
                ReportTheme.Rule, 0, 0, 0, 0.4f);
            column.Add(new Link(line, entry.Destination));
        }

        return column;
    }

    private static Element Sources(ReportDocument report)
    {
        var sources = new Table([WidthRule.Share(3), WidthRule.Fixed(90), WidthRule.Fixed(50)], ReportTheme.Table)
            .AddHeaderRow(Blocks.HeaderCell("来源公报 / SHA-256"), Blocks.HeaderCell("期间"), Blocks.HeaderCell("任务数"));
        foreach (var source in report.Sources)
        {
            var name = new Column(2)
                .Add(Blocks.Cell(source.Title is null ? source.Name : $"{source.Title}({source.Name})"))
                .Add(new TextBlock(source.Sha256, ReportTheme.Small with { Size = 7f }));
            sources.AddRow(name, Blocks.Cell(source.PeriodLabel), Blocks.CenteredCell(source.TaskCount.ToString(CultureInfo.InvariantCulture)));
        }

        return sources;
    }
}
