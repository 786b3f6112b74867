namespace Wuhu.Reports.Layout;

/// <summary>
/// Where named places of a document land: the page (and the offset from the page's top) each destination was
/// drawn on. Filled by <see cref="Destination"/> elements in every pass; the counting pass fills it before the
/// drawing pass draws a table of contents, so page references are exact in the drawn document.
/// </summary>
public sealed class DestinationRegistry
{
    private readonly Dictionary<string, int> _pages = new(StringComparer.Ordinal);

    /// <summary>The page a destination was last drawn on, or null before it was drawn.</summary>
    public int? PageOf(string name) => _pages.TryGetValue(name, out var page) ? page : null;

    internal void Record(string name, int page) => _pages[name] = page;
}

/// <summary>
/// Names the place where its child starts: remembers the page it lands on and makes that point a PDF named
/// destination. Wrap the heading of the block it names, so it moves to the next page with the heading.
/// </summary>
public sealed class Destination(Element child, string name, DestinationRegistry registry) : ContainerElement(child)
{
    private bool _marked;

    public string Name { get; } = name;

    public override void Draw(LayoutContext context, Size available)
    {
        if (!_marked)
        {
            registry.Record(Name, context.PageNumber);
            context.Canvas.MarkDestination(Name);
            _marked = true;
        }

        Child.Draw(context, available);
    }

    public override void ResetState()
    {
        _marked = false;
        Child.ResetState();
    }
}

/// <summary>Draws its child and makes the child's area a link to a named destination.</summary>
public sealed class Link(Element child, string destination) : ContainerElement(child)
{
    public override void Draw(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        Child.Draw(context, available);
        context.Canvas.LinkToDestination(0, 0, available.Width, plan.Height, destination);
    }
}

/// <summary>
/// The page number of a named destination, right-aligned in one line (blank in the counting pass, before the
/// destination is known; its height never changes, so the layout does not either).
/// </summary>
public sealed class PageReference(string destination, DestinationRegistry registry, TextStyle style) : Element
{
    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var height = style.Size * style.LineHeight;
        return height <= available.Height + Size.Epsilon ? SpacePlan.Full(available.Width, height) : SpacePlan.Wrap();
    }

    public override void Draw(LayoutContext context, Size available)
    {
        if (registry.PageOf(destination) is not { } page)
        {
            return;
        }

        new TextBlock(page.ToString(System.Globalization.CultureInfo.InvariantCulture), style, TextAlignment.Right).Draw(context, available);
    }
}
