using Wuhu.Reports.Layout;
using static Wuhu.Reports.Tests.LayoutTestKit;

namespace Wuhu.Reports.Tests;

public class LayoutLineBreakingTests
{
    // With 10pt text, a CJK character is 10pt and an ASCII one 5pt wide.

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        // Five characters fit; the comma would be the 6th and must not open line 2, so "五" moves down with it.
        var lines = Lines("一二三四五，六七八九。", 50);
        Assert.Equal(["一二三四", "五，六七八", "九。"], lines);
        Assert.All(lines, l => Assert.DoesNotContain(l[0], "，。、；：？！）》」』”’%…,."));
    }

    [Theory]
    [InlineData("，")]
    [InlineData("。")]
    [InlineData("、")]
    [InlineData("）")]
    [InlineData("》")]
    [InlineData("”")]
    [InlineData("%")]
    [InlineData("…")]
    [InlineData(",")]
    public void No_line_starts_with_any_closing_mark(string mark)
    {
        for (var width = 20; width <= 120; width += 5)
        {
            var lines = Lines($"一二三四五六七八九十{mark}一二三四五六七八九十{mark}一二三四", width);
            Assert.All(lines.Skip(1), l => Assert.False(l.StartsWith(mark, StringComparison.Ordinal), $"width {width}: line '{l}' starts with {mark}"));
        }
    }

    [Theory]
    [InlineData("（")]
    [InlineData("《")]
    [InlineData("「")]
    [InlineData("“")]
    [InlineData("‘")]
    [InlineData("(")]
    public void No_line_ends_with_an_opening_mark(string mark)
    {
        for (var width = 20; width <= 120; width += 5)
        {
            var lines = Lines($"一二三四{mark}五六七八九十一二{mark}三四五六七八九十", width);
            Assert.All(lines, l => Assert.False(l.EndsWith(mark, StringComparison.Ordinal), $"width {width}: line '{l}' ends with {mark}"));
        }
    }

    [Theory]
    [InlineData("7.4万")]
    [InlineData("28.62%")]
    [InlineData("2023年")]
    [InlineData("GDP")]
    [InlineData("1,120")]
    [InlineData("3.5%")]
    public void Numbers_percentages_and_Latin_words_stay_whole(string token)
    {
        var text = $"全市实现{token}增长，同比提高{token}。";
        for (var width = 30; width <= 160; width += 5)
        {
            var lines = Lines(text, width);
            Assert.Equal(text, string.Concat(lines));
            var whole = lines.Sum(l => l.Split(token).Length - 1);
            Assert.True(whole == 2, $"width {width}: {string.Join(" | ", lines)}");
        }
    }

    [Fact]
    public void Breaks_between_ideographs_when_nothing_forbids_it()
    {
        Assert.Equal(["一二三", "四五六", "七"], Lines("一二三四五六七", 30));
    }

    [Fact]
    public void Spaces_stay_at_the_end_of_a_line_and_are_not_drawn()
    {
        Assert.Equal(["alpha", "beta"], Lines("alpha beta", 30));
    }

    [Fact]
    public void A_unit_longer_than_the_line_is_cut_rather_than_overflowing()
    {
        var lines = Lines("0123456789012345", 40);
        Assert.Equal(["01234567", "89012345"], lines);
    }

    [Fact]
    public void Newlines_force_breaks()
    {
        Assert.Equal(["一二", "三"], Lines("一二\n三", 100));
    }

    [Fact]
    public void Rules_hold_across_style_changes()
    {
        var spans = new[] { new TextSpan("一二三四7.4", Style with { Bold = true }), new TextSpan("万元", Style) };
        var lines = TextLayoutEngine.Layout(spans, 55, new FixedWidthMeasurer()).Select(l => l.Text).ToList();
        Assert.Equal(["一二三四", "7.4万元"], lines);
    }

    [Fact]
    public void Break_opportunity_table_matches_the_rules()
    {
        var breaks = ChineseLineBreaking.BreakOpportunities("增长7.4万，“好”");
        // 增|长 yes; 长|7 yes; 7|. no; .|4 no; 4|万 no; 万|， no; ，|“ yes; “|好 no; 好|” no
        Assert.Equal([false, true, true, false, false, false, false, true, false, false], breaks);
    }
}
