using Wuhu.Reports.Layout;

namespace Wuhu.Reports.Tests;

/// <summary>
/// Deterministic text metrics for layout tests: every character is as wide as the font size
/// (ASCII half of it), so expected line breaks can be worked out by hand.
/// </summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public float[] Advances(string text, TextStyle style) =>
        text.Select(c => c < 0x80 ? style.Size / 2 : style.Size).ToArray();

    public FontLineMetrics Metrics(TextStyle style) => new(style.Size * 0.8f, style.Size * 0.2f);
}

/// <summary>Records what is drawn on each page.</summary>
internal sealed class RecordingSink : IPageSink
{
    public List<RecordingCanvas> Pages { get; } = [];

    public IDrawingCanvas BeginPage(Size paperSize)
    {
        Pages.Add(new RecordingCanvas());
        return Pages[^1];
    }

    public void EndPage()
    {
    }
}

internal sealed class RecordingCanvas : IDrawingCanvas
{
    private float _x;
    private float _y;

    /// <summary>Texts in drawing order with their absolute positions.</summary>
    public List<(string Text, float X, float Y)> Texts { get; } = [];

    public string AllText => string.Concat(Texts.Select(t => t.Text));

    public void Translate(float dx, float dy)
    {
        _x += dx;
        _y += dy;
    }

    public void FillRectangle(float x, float y, float width, float height, RgbColor color)
    {
    }

    public void StrokeRectangle(float x, float y, float width, float height, RgbColor color, float thickness)
    {
    }

    public void DrawLine(float x1, float y1, float x2, float y2, RgbColor color, float thickness)
    {
    }

    public void DrawText(string text, float x, float baseline, TextStyle style) => Texts.Add((text, _x + x, _y + baseline));

    public void FillRingSector(float centerX, float centerY, float outerRadius, float innerRadius, float startAngle, float sweepAngle, RgbColor color)
    {
    }

    /// <summary>Named destinations marked on this page, with their absolute positions.</summary>
    public List<(string Name, float X, float Y)> Destinations { get; } = [];

    /// <summary>Link rectangles on this page (absolute) and the destination each opens.</summary>
    public List<(float X, float Y, float Width, float Height, string Name)> Links { get; } = [];

    public void MarkDestination(string name) => Destinations.Add((name, _x, _y));

    public void LinkToDestination(float x, float y, float width, float height, string name) => Links.Add((_x + x, _y + y, width, height, name));
}

internal static class LayoutTestKit
{
    public static readonly TextStyle Style = new(10f, LineHeight: 1.0f);

    /// <summary>A small page: 200pt wide content, 100pt tall content (10 lines of 10pt text).</summary>
    public static PageSetup SmallPage => new(new Size(220, 120), 10, 10, 10, 10);

    public static LayoutContext Context() => new(NullCanvas.Instance, new FixedWidthMeasurer(), 1, 0);

    public static IReadOnlyList<string> Lines(string text, float width) =>
        TextLayoutEngine.Layout([new TextSpan(text, Style)], width, new FixedWidthMeasurer()).Select(l => l.Text).ToList();

    public static (int Pages, RecordingSink Sink) Render(PageLayout layout)
    {
        var sink = new RecordingSink();
        var pages = Paginator.Render(layout, new FixedWidthMeasurer(), sink);
        return (pages, sink);
    }
}
