namespace Wuhu.Reports.Layout;

/// <summary>What elements see while they measure and draw: the canvas, text metrics and the page.</summary>
public sealed class LayoutContext(IDrawingCanvas canvas, ITextMeasurer text, int pageNumber, int totalPages)
{
    public IDrawingCanvas Canvas { get; } = canvas;

    public ITextMeasurer Text { get; } = text;

    /// <summary>1-based number of the page being laid out.</summary>
    public int PageNumber { get; } = pageNumber;

    /// <summary>Total page count; 0 during the counting pass, when it is not known yet.</summary>
    public int TotalPages { get; } = totalPages;
}
