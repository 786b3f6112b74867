using Wuhu.Reports.Layout;
using static Wuhu.Reports.Tests.LayoutTestKit;

namespace Wuhu.Reports.Tests;

/// <summary>Names kept whole in cells, named destinations, links and page references.</summary>
public class LayoutNavigationTests
{
    private static IReadOnlyList<string> UnitLines(float width, params string[] units)
    {
        var spans = units.SelectMany((u, i) => i == 0
            ? new[] { new TextSpan(u, Style, KeepWhole: true) }
            : [new TextSpan("、", Style), new TextSpan(u, Style, KeepWhole: true)]).ToList();
        return TextLayoutEngine.Layout(spans, width, new FixedWidthMeasurer()).Select(l => l.Text).ToList();
    }

    [Fact]
    public void A_kept_whole_name_moves_to_the_next_line_instead_of_breaking()
    {
        // Ten characters fit: plain text would put the first character of the second name on line 1.
        Assert.Equal(["市退役军人事务局、市", "政务服务中心"], Lines("市退役军人事务局、市政务服务中心", 100));
        Assert.Equal(["市退役军人事务局、", "市政务服务中心"], UnitLines(100, "市退役军人事务局", "市政务服务中心"));
        Assert.Equal(["市发改委、市财政局、", "市住建局"], UnitLines(100, "市发改委", "市财政局", "市住建局"));
    }

    [Fact]
    public void Only_a_name_wider_than_its_column_breaks()
    {
        Assert.Equal(["市退役军人", "事务局、", "市财政局"], UnitLines(50, "市退役军人事务局", "市财政局"));
    }

    [Fact]
    public void Destinations_record_their_page_and_page_references_and_links_use_them()
    {
        var registry = new DestinationRegistry();
        var filler = new Column().Add(new TextBlock(string.Concat(Enumerable.Repeat("一二三四五六七八九十", 18)), Style));
        var contents = new Column()
            .Add(new Link(new Row().Relative(1, new TextBlock("第一节", Style)).Constant(20, new PageReference("one", registry, Style)), "one"))
            .Add(new Link(new Row().Relative(1, new TextBlock("第二节", Style)).Constant(20, new PageReference("two", registry, Style)), "two"));
        var body = new Column()
            .Add(contents)
            .Add(new PageBreak())
            .Add(new Destination(new TextBlock("第一节", Style), "one", registry))
            .Add(filler)
            .Add(new Destination(new TextBlock("第二节", Style), "two", registry));

        var (pages, sink) = Render(new PageLayout(SmallPage, body) { Destinations = registry });

        Assert.Equal(3, pages);
        Assert.Equal((2, 3), (registry.PageOf("one"), registry.PageOf("two")));
        Assert.Null(registry.PageOf("three"));
        Assert.Equal(["one"], sink.Pages[1].Destinations.Select(d => d.Name));
        Assert.Equal(["two"], sink.Pages[2].Destinations.Select(d => d.Name));
        // The contents page shows the page numbers (known from the counting pass) and links each line.
        Assert.Equal("第一节2第二节3", sink.Pages[0].AllText);
        Assert.Equal(["one", "two"], sink.Pages[0].Links.Select(l => l.Name));
        Assert.All(sink.Pages[0].Links, l => Assert.Equal((200f, 10f), (l.Width, l.Height)));
        Assert.Equal(20f, sink.Pages[0].Links[1].Y);
    }
}
