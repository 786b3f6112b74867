using SkiaSharp;
using Wuhu.Reports.Layout;

namespace Wuhu.Reports.Pdf;

/// <summary>The layout layer's canvas on top of an SKCanvas (a PDF page).</summary>
public sealed class SkiaDrawingCanvas(SKCanvas canvas, SkiaTextMeasurer fonts) : IDrawingCanvas, IDisposable
{
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

    public void Translate(float dx, float dy) => canvas.Translate(dx, dy);

    public void FillRectangle(float x, float y, float width, float height, RgbColor color)
    {
        _fill.Color = ToSkia(color);
        canvas.DrawRect(x, y, width, height, _fill);
    }

    public void StrokeRectangle(float x, float y, float width, float height, RgbColor color, float thickness)
    {
        Stroke(color, thickness);
        canvas.DrawRect(x, y, width, height, _stroke);
    }

    public void DrawLine(float x1, float y1, float x2, float y2, RgbColor color, float thickness)
    {
        Stroke(color, thickness);
        canvas.DrawLine(x1, y1, x2, y2, _stroke);
    }

    public void DrawText(string text, float x, float baseline, TextStyle style)
    {
        _fill.Color = ToSkia(style.Color);
        canvas.DrawText(text, x, baseline, SKTextAlign.Left, fonts.Font(style), _fill);
    }

    public void FillRingSector(float centerX, float centerY, float outerRadius, float innerRadius, float startAngle, float sweepAngle, RgbColor color)
    {
        _fill.Color = ToSkia(color);
        var skiaStart = startAngle - 90; // Skia's 0° is three o'clock.
        using var builder = new SKPathBuilder();
        if (sweepAngle >= 359.99f)
        {
            builder.FillType = SKPathFillType.EvenOdd;
            builder.AddCircle(centerX, centerY, outerRadius, SKPathDirection.Clockwise);
            if (innerRadius > 0)
            {
                builder.AddCircle(centerX, centerY, innerRadius, SKPathDirection.Clockwise);
            }
        }
        else
        {
            var outer = SKRect.Create(centerX - outerRadius, centerY - outerRadius, outerRadius * 2, outerRadius * 2);
            builder.ArcTo(outer, skiaStart, sweepAngle, true);
            if (innerRadius > 0)
            {
                var inner = SKRect.Create(centerX - innerRadius, centerY - innerRadius, innerRadius * 2, innerRadius * 2);
                builder.ArcTo(inner, skiaStart + sweepAngle, -sweepAngle, false);
            }
            else
            {
                builder.LineTo(centerX, centerY);
            }

            builder.Close();
        }

        using var path = builder.Detach();
        canvas.DrawPath(path, _fill);
    }

    public void MarkDestination(string name) => canvas.DrawNamedDestinationAnnotation(new SKPoint(0, 0), name);

    public void LinkToDestination(float x, float y, float width, float height, string name) =>
        canvas.DrawLinkDestinationAnnotation(SKRect.Create(x, y, width, height), name);

    public void Dispose()
    {
        _fill.Dispose();
        _stroke.Dispose();
    }

    private void Stroke(RgbColor color, float thickness)
    {
        _stroke.Color = ToSkia(color);
        _stroke.StrokeWidth = thickness;
    }

    private static SKColor ToSkia(RgbColor color) => new(color.R, color.G, color.B);
}
