using Wuhu.Reports.Layout;
using static Wuhu.Reports.Tests.LayoutTestKit;

namespace Wuhu.Reports.Tests;

public class LayoutElementTests
{
    private static TextBlock Line(string text) => new(text, Style);

    [Fact]
    public void Ensure_space_moves_a_heading_and_its_table_when_too_little_is_left()
    {
        var table = new Table([WidthRule.Share(1)], new TableStyle { CellPaddingX = 0, CellPaddingY = 0 });
        for (var i = 0; i < 12; i++)
        {
            table.AddRow(Line($"行{i}"));
        }

        var column = new Column()
            .Add(Line("一\n二\n三\n四\n五\n六\n七\n八"))
            .Add(new EnsureSpace(new Column().Add(Line("标题")).Add(table), minHeight: 40));

        var (pages, sink) = Render(new PageLayout(SmallPage, column));

        Assert.Equal("一二三四五六七八", sink.Pages[0].AllText); // only 20pt left: the heading waits
        Assert.StartsWith("标题行0", sink.Pages[1].AllText, StringComparison.Ordinal);
        Assert.Equal(3, pages);
    }

    [Fact]
    public void Charts_have_a_fixed_height_and_move_to_the_next_page_whole()
    {
        var context = Context();
        var donut = new DonutChart([new ChartSlice("已完成", 3, RgbColor.Black)], 80);
        Assert.Equal(SpacePlan.Full(200, 80), donut.Measure(context, new Size(200, 100)));
        Assert.True(donut.Measure(context, new Size(200, 79)).IsWrap);

        var bars = new StackedBarChart([new StackedBar("市发改委", [1, 2]), new StackedBar("市财政局", [3, 0])], [new ChartSeries("已完成", RgbColor.Black), new ChartSeries("推进中", RgbColor.White)]);
        Assert.True(bars.Height > 2 * 17);
    }

    [Fact]
    public void Charts_draw_their_labels_and_legend()
    {
        var canvas = new RecordingCanvas();
        var context = new LayoutContext(canvas, new FixedWidthMeasurer(), 1, 1);
        new DonutChart([new ChartSlice("已完成", 3, RgbColor.Black), new ChartSlice("推进中", 1, RgbColor.White)], 100, "75.0%", "完成率")
            .Draw(context, new Size(400, 100));
        var texts = canvas.Texts.Select(t => t.Text).ToList();
        Assert.Contains("75.0%", texts);
        Assert.Contains("完成率", texts);
        Assert.Contains("已完成", texts);
        Assert.Contains("25.0%", texts);

        canvas.Texts.Clear();
        new BarChart([new BarValue("Q1", 0.5, "50.0%", RgbColor.Black), new BarValue("Q2", 0.8, "80.0%", RgbColor.Black)], 120, 1, v => $"{v:0%}")
            .Draw(context, new Size(300, 120));
        Assert.Equal(["0%", "25%", "50%", "75%", "100%", "50.0%", "Q1", "80.0%", "Q2"], canvas.Texts.Select(t => t.Text));
    }

    [Fact]
    public void Header_and_footer_bands_never_overlap_the_content()
    {
        var column = new Column();
        for (var i = 0; i < 30; i++)
        {
            column.Add(Line($"正文{i}"));
        }

        var layout = new PageLayout(SmallPage, column)
        {
            Header = _ => Line("页眉"),
            Footer = page => Line($"第{page.Number}页"),
            BandSpacing = 5,
        };

        var (_, sink) = Render(layout);

        foreach (var page in sink.Pages)
        {
            var header = page.Texts.Single(t => t.Text == "页眉");
            var footer = page.Texts.Single(t => t.Text.StartsWith('第'));
            var body = page.Texts.Where(t => t.Text.StartsWith("正文", StringComparison.Ordinal)).ToList();
            Assert.All(body, t => Assert.InRange(t.Y, header.Y + 10, footer.Y - 10));
            Assert.InRange(footer.Y, 0, SmallPage.PaperSize.Height - SmallPage.MarginBottom);
        }
    }

    [Fact]
    public void Colours_parse_from_hex_and_reject_garbage()
    {
        Assert.Equal(new RgbColor(0x1F, 0x3A, 0x5F), RgbColor.FromHex("#1F3A5F"));
        Assert.Throws<FormatException>(() => RgbColor.FromHex("#12345"));
    }
}
