namespace Wuhu.Reports.Layout;

/// <summary>A canvas that draws nothing: the page-counting pass runs the full layout on it.</summary>
public sealed class NullCanvas : IDrawingCanvas
{
    public static NullCanvas Instance { get; } = new();

    public void Translate(float dx, float dy)
    {
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

    public void DrawText(string text, float x, float baseline, TextStyle style)
    {
    }

    public void FillRingSector(float centerX, float centerY, float outerRadius, float innerRadius, float startAngle, float sweepAngle, RgbColor color)
    {
    }
}
