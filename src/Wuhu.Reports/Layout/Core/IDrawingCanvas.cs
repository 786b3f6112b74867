namespace Wuhu.Reports.Layout;

/// <summary>
/// The few drawing operations the layout elements need, in points with the origin at the top left and
/// y growing downwards. Implemented on SkiaSharp in Wuhu.Reports.Pdf; the elements never see Skia.
/// </summary>
public interface IDrawingCanvas
{
    /// <summary>Moves the origin; elements translate, draw a child at the new origin, and translate back.</summary>
    void Translate(float dx, float dy);

    void FillRectangle(float x, float y, float width, float height, RgbColor color);

    void StrokeRectangle(float x, float y, float width, float height, RgbColor color, float thickness);

    void DrawLine(float x1, float y1, float x2, float y2, RgbColor color, float thickness);

    /// <summary>Draws text with its baseline at <paramref name="baseline"/>, starting at <paramref name="x"/>.</summary>
    void DrawText(string text, float x, float baseline, TextStyle style);

    /// <summary>
    /// Fills a ring sector (a pie slice when <paramref name="innerRadius"/> is 0). Angles in degrees,
    /// 0 at twelve o'clock, clockwise.
    /// </summary>
    void FillRingSector(float centerX, float centerY, float outerRadius, float innerRadius, float startAngle, float sweepAngle, RgbColor color);

    /// <summary>Marks the current origin as the target of links named <paramref name="name"/> (PDF named destination).</summary>
    void MarkDestination(string name)
    {
    }

    /// <summary>Makes the rectangle a link to the destination named <paramref name="name"/>.</summary>
    void LinkToDestination(float x, float y, float width, float height, string name)
    {
    }
}
