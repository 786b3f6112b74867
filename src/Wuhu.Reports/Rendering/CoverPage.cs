using System.Globalization;
using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Rendering;

/// <summary>The first page: title, period, generation time and the bulletins the figures come from.</summary>
internal static class CoverPage
{
    public static Element Build(ReportDocument report)
    {
        var kind = report.Kind == ReportKind.Annual ? "年度报告" : "季度报告";
        var banner = new Background(
            new Padding(
                new Column(10)
                    .Add(new TextBlock($"芜湖市重点工作任务 · {kind}", new TextStyle(11f, Color: new RgbColor(0xC9, 0xD6, 0xE8))))
                    .Add(new TextBlock(report.Title, new TextStyle(22f, Bold: true, Color: RgbColor.White, LineHeight: 1.35f)))
                    .Add(new TextBlock(report.PeriodLabel, new TextStyle(14f, Color: RgbColor.White))),
                28, 40, 28, 36),
            ReportTheme.Accent);

        var generated = report.GeneratedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
        var facts = new Column(6)
            .Add(new TextBlock([
                new TextSpan("生成时间:", ReportTheme.Body with { Color = ReportTheme.Muted }),
                new TextSpan($"{generated}(北京时间)", ReportTheme.Body)]))
            .Add(new TextBlock([
                new TextSpan("任务总数:", ReportTheme.Body with { Color = ReportTheme.Muted }),
                new TextSpan($"{report.Figures.Tasks} 项", ReportTheme.Body)]));

        var sources = new Table([WidthRule.Share(3), WidthRule.Fixed(90), WidthRule.Fixed(50)], ReportTheme.Table)
            .AddHeaderRow(Blocks.HeaderCell("来源公报 / SHA-256"), Blocks.HeaderCell("期间"), Blocks.HeaderCell("任务数"));
        foreach (var source in report.Sources)
        {
            var name = new Column(2)
                .Add(Blocks.Cell(source.Title is null ? source.Name : $"{source.Title}({source.Name})"))
                .Add(new TextBlock(source.Sha256, ReportTheme.Small with { Size = 7f }));
            sources.AddRow(name, Blocks.Cell(source.PeriodLabel), Blocks.CenteredCell(source.TaskCount.ToString(CultureInfo.InvariantCulture)));
        }

        return new Column(26)
            .Add(new Spacer(40))
            .Add(banner)
            .Add(new Padding(facts, 4, 0))
            .Add(Blocks.Titled(Blocks.SubTitle("数据来源"), sources, 80))
            .Add(Blocks.Note("本报告由系统根据已发布的公报自动生成;所有数字均可按上表的 SHA-256 追溯到原始公报。"));
    }
}
