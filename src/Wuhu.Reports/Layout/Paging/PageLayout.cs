namespace Wuhu.Reports.Layout;

/// <summary>
/// A document: the content that flows from page to page, and a header and footer composed for each
/// page (they may show "第 X 页 / 共 Y 页", since the total is known in the drawing pass).
/// </summary>
public sealed class PageLayout(PageSetup setup, Element content)
{
    public PageSetup Setup { get; } = setup ?? throw new ArgumentNullException(nameof(setup));

    public Element Content { get; } = content ?? throw new ArgumentNullException(nameof(content));

    public Func<PageInfo, Element?>? Header { get; init; }

    public Func<PageInfo, Element?>? Footer { get; init; }

    /// <summary>Gap between header and content, and between content and footer.</summary>
    public float BandSpacing { get; init; } = 10f;

    /// <summary>Where the named destinations of the content landed (filled while the pages are laid out).</summary>
    public DestinationRegistry Destinations { get; init; } = new();

    /// <summary>The document outline (PDF bookmarks): titles and the named destinations they open, in order.</summary>
    public IReadOnlyList<OutlineEntry> Outline { get; init; } = [];

    /// <summary>A safety net against content that never finishes (an element that keeps reporting partial renders).</summary>
    public int MaxPages { get; init; } = 2000;
}

/// <summary>One bookmark of the document outline.</summary>
public sealed record OutlineEntry(string Title, string Destination);
