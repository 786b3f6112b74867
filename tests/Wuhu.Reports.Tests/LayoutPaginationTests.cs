using Wuhu.Reports.Layout;
using static Wuhu.Reports.Tests.LayoutTestKit;

namespace Wuhu.Reports.Tests;

public class LayoutPaginationTests
{
    private static TextBlock Line(string text) => new(text, Style);

    [Fact]
    public void Text_measures_full_partial_and_wrap()
    {
        var context = Context();
        var text = new TextBlock("一二三四五六七八九十", Style); // 10 characters, 5 per line at 50pt => 2 lines of 10pt
        Assert.Equal(SpacePlan.Full(50, 20), text.Measure(context, new Size(50, 100)));
        Assert.Equal(SpacePlan.Partial(50, 10), text.Measure(context, new Size(50, 15)));
        Assert.True(text.Measure(context, new Size(50, 5)).IsWrap);
    }

    [Fact]
    public void Column_flows_onto_as_many_pages_as_needed()
    {
        var column = new Column();
        for (var i = 0; i < 25; i++)
        {
            column.Add(Line($"第{i:00}行"));
        }

        var (pages, sink) = Render(new PageLayout(SmallPage, column));

        Assert.Equal(3, pages); // 10 lines per page
        Assert.Equal(["第00行", "第10行", "第20行"], sink.Pages.Select(p => p.Texts[0].Text));
        Assert.Equal(25, sink.Pages.Sum(p => p.Texts.Count));
    }

    [Fact]
    public void Page_break_starts_a_new_page()
    {
        var column = new Column().Add(Line("封面")).Add(new PageBreak()).Add(Line("正文"));
        var (pages, sink) = Render(new PageLayout(SmallPage, column));
        Assert.Equal(2, pages);
        Assert.Equal("封面", sink.Pages[0].AllText);
        Assert.Equal("正文", sink.Pages[1].AllText);
    }

    [Fact]
    public void Footer_knows_the_total_page_count()
    {
        var column = new Column().Add(Line("一")).Add(new PageBreak()).Add(Line("二")).Add(new PageBreak()).Add(Line("三"));
        var layout = new PageLayout(SmallPage, column)
        {
            Footer = page => new TextBlock($"第 {page.Number} 页 / 共 {page.TotalPages} 页", Style with { Size = 5 }),
        };

        var (pages, sink) = Render(layout);

        Assert.Equal(3, pages);
        Assert.Equal(["第 1 页 / 共 3 页", "第 2 页 / 共 3 页", "第 3 页 / 共 3 页"], sink.Pages.Select(p => p.Texts[^1].Text));
    }

    [Fact]
    public void Table_repeats_its_header_on_every_page()
    {
        var table = new Table([WidthRule.Fixed(60), WidthRule.Share(1)], new TableStyle { CellPaddingX = 0, CellPaddingY = 0, StripeBackground = null });
        table.AddHeaderRow(Line("序号"), Line("任务"));
        for (var i = 1; i <= 30; i++)
        {
            table.AddRow(Line($"{i}"), Line($"任务{i}"));
        }

        var (pages, sink) = Render(new PageLayout(SmallPage, table));

        // 10 lines per page: the header plus 9 rows.
        Assert.Equal(4, pages);
        Assert.All(sink.Pages, p => Assert.Equal("序号", p.Texts[0].Text));
        Assert.All(sink.Pages, p => Assert.Equal("任务", p.Texts[1].Text));
        Assert.Equal("1", sink.Pages[0].Texts[2].Text);
        Assert.Equal("10", sink.Pages[1].Texts[2].Text);
        var rows = sink.Pages.SelectMany(p => p.Texts.Skip(2).Where(t => t.X < 20).Select(t => t.Text)).ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows);
    }

    [Fact]
    public void A_row_that_does_not_fit_moves_to_the_next_page_whole()
    {
        var table = new Table([WidthRule.Share(1)], new TableStyle { CellPaddingX = 0, CellPaddingY = 0 });
        for (var i = 0; i < 8; i++)
        {
            table.AddRow(Line($"行{i}"));
        }

        table.AddRow(Line("甲\n乙\n丙")); // 3 lines: only 2 are left on page 1

        var (pages, sink) = Render(new PageLayout(SmallPage, table));

        Assert.Equal(2, pages);
        Assert.Equal("甲乙丙", sink.Pages[1].AllText);
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_and_its_cells_continue()
    {
        var longCell = string.Join("\n", Enumerable.Range(1, 15).Select(i => $"第{i}段"));
        var table = new Table([WidthRule.Fixed(40), WidthRule.Share(1)], new TableStyle { CellPaddingX = 0, CellPaddingY = 0 });
        table.AddHeaderRow(Line("号"), Line("内容"));
        table.AddRow(Line("1"), Line(longCell));
        table.AddRow(Line("2"), Line("短"));

        var (pages, sink) = Render(new PageLayout(SmallPage, table));

        Assert.Equal(2, pages);
        Assert.Equal("号内容1第1段第2段第3段第4段第5段第6段第7段第8段第9段", sink.Pages[0].AllText);
        Assert.Equal("号内容第10段第11段第12段第13段第14段第15段2短", sink.Pages[1].AllText);
    }

    [Fact]
    public void Row_element_splits_with_its_children()
    {
        var row = new Row(10)
            .Constant(50, Line(string.Join("\n", Enumerable.Range(1, 12).Select(i => $"{i}"))))
            .Relative(1, Line("右"));
        var (pages, sink) = Render(new PageLayout(SmallPage, row));
        Assert.Equal(2, pages);
        Assert.Equal("12345678910右", sink.Pages[0].AllText);
        Assert.Equal("1112", sink.Pages[1].AllText);
    }

    [Fact]
    public void Keep_together_moves_a_block_instead_of_splitting_it()
    {
        var column = new Column()
            .Add(Line("一\n二\n三\n四\n五\n六\n七"))
            .Add(new KeepTogether(Line("甲\n乙\n丙\n丁")));
        var (pages, sink) = Render(new PageLayout(SmallPage, column));
        Assert.Equal(2, pages);
        Assert.Equal("甲乙丙丁", sink.Pages[1].AllText);
    }

    [Fact]
    public void Content_that_cannot_fit_an_empty_page_is_a_clear_error()
    {
        var column = new Column().Add(new KeepTogether(Line(string.Join("\n", Enumerable.Range(1, 20)))));
        var error = Assert.Throws<LayoutException>(() => Render(new PageLayout(SmallPage, column)));
        Assert.Contains("does not fit even on an empty page", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Padding_adds_space_and_fixed_widths_wider_than_the_page_are_rejected()
    {
        var context = Context();
        Assert.Equal(SpacePlan.Full(30, 30), new Padding(Line("一二"), 5, 10).Measure(context, new Size(100, 100)));
        var row = new Row().Constant(150, Line("a")).Constant(150, Line("b"));
        Assert.Throws<LayoutException>(() => row.Measure(context, new Size(200, 100)));
    }

    [Fact]
    public void A_second_render_of_the_same_layout_gives_the_same_pages()
    {
        var column = new Column();
        for (var i = 0; i < 15; i++)
        {
            column.Add(Line($"{i}"));
        }

        var layout = new PageLayout(SmallPage, column);
        var first = Render(layout).Sink.Pages.Select(p => p.AllText).ToList();
        var second = Render(layout).Sink.Pages.Select(p => p.AllText).ToList();
        Assert.Equal(first, second);
    }
}
