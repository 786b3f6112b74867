namespace Wuhu.Reports.Layout;

/// <summary>Vertical metrics of a font at a size, in points; both values positive.</summary>
public readonly record struct FontLineMetrics(float Ascent, float Descent);

/// <summary>Text metrics for layout, independent of the drawing library.</summary>
public interface ITextMeasurer
{
    /// <summary>
    /// Advance width of every UTF-16 unit of <paramref name="text"/> (the low half of a surrogate pair gets 0),
    /// so that widths of any substring are sums.
    /// </summary>
    float[] Advances(string text, TextStyle style);

    FontLineMetrics Metrics(TextStyle style);
}
