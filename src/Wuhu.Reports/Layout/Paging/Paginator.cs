namespace Wuhu.Reports.Layout;

/// <summary>
/// Runs the layout twice: a counting pass on a <see cref="NullCanvas"/> to learn the total number of
/// pages, then the drawing pass into the sink, with every element reset in between.
/// </summary>
public static class Paginator
{
    /// <summary>Lays out and draws the document; returns the number of pages.</summary>
    /// <param name="countingCanvas">Receives the counting pass's drawing (e.g. to collect the characters used); draws nothing by default.</param>
    public static int Render(PageLayout layout, ITextMeasurer text, IPageSink sink, IDrawingCanvas? countingCanvas = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        var total = RunPass(layout, text, null, 0, countingCanvas ?? NullCanvas.Instance);
        var drawn = RunPass(layout, text, sink, total, NullCanvas.Instance);
        if (drawn != total)
        {
            throw new LayoutException($"The drawing pass produced {drawn} pages but the counting pass {total}; some element's layout depends on the page count.");
        }

        return total;
    }

    /// <summary>Counts pages without drawing.</summary>
    public static int CountPages(PageLayout layout, ITextMeasurer text) => RunPass(layout, text, null, 0, NullCanvas.Instance);

    private static int RunPass(PageLayout layout, ITextMeasurer text, IPageSink? sink, int totalPages, IDrawingCanvas countingCanvas)
    {
        var setup = layout.Setup;
        layout.Content.ResetState();
        var page = 0;
        while (true)
        {
            page++;
            if (page > layout.MaxPages)
            {
                throw new LayoutException($"The document did not finish within {layout.MaxPages} pages; some content never completes.");
            }

            var info = new PageInfo(page, totalPages);
            var canvas = sink?.BeginPage(setup.PaperSize) ?? countingCanvas;
            var context = new LayoutContext(canvas, text, page, totalPages);
            var header = layout.Header?.Invoke(info);
            var footer = layout.Footer?.Invoke(info);
            var headerHeight = BandHeight(context, header, setup, "header");
            var footerHeight = BandHeight(context, footer, setup, "footer");
            var top = setup.MarginTop + headerHeight + (header is null ? 0 : layout.BandSpacing);
            var bodyHeight = setup.ContentHeight - headerHeight - footerHeight
                - (header is null ? 0 : layout.BandSpacing) - (footer is null ? 0 : layout.BandSpacing);
            var body = new Size(setup.ContentWidth, bodyHeight);

            var plan = layout.Content.Measure(context, body);
            if (plan.IsWrap)
            {
                throw new LayoutException(
                    $"Page {page}: the next piece of content does not fit even on an empty page ({body.Width:0.#} x {body.Height:0.#} pt).");
            }

            header?.DrawAt(context, setup.MarginLeft, setup.MarginTop, new Size(setup.ContentWidth, headerHeight));
            layout.Content.DrawAt(context, setup.MarginLeft, top, body);
            footer?.DrawAt(context, setup.MarginLeft, setup.PaperSize.Height - setup.MarginBottom - footerHeight, new Size(setup.ContentWidth, footerHeight));
            sink?.EndPage();
            if (plan.IsFull)
            {
                return page;
            }
        }
    }

    private static float BandHeight(LayoutContext context, Element? band, PageSetup setup, string name)
    {
        if (band is null)
        {
            return 0;
        }

        var plan = band.Measure(context, new Size(setup.ContentWidth, setup.ContentHeight / 3));
        return plan.IsFull
            ? plan.Height
            : throw new LayoutException($"The page {name} must fit in a third of the page, and it does not.");
    }
}
