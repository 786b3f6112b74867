using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>
/// The direction a page is read in. PdfPig gives positions as the page is displayed, so a page turned by its
/// /Rotate entry (or drawn sideways) has all its text running up, down or upside down. The frame turns such a page
/// back: x along the text, y growing downwards from line to line, so the table is rebuilt as on an upright page.
/// </summary>
internal sealed class PdfReadingFrame
{
    private readonly double alongX, alongY, downX, downY, offsetX, offsetY;

    private PdfReadingFrame(TextOrientation orientation, double width, double height)
    {
        Orientation = orientation;
        (alongX, alongY) = orientation switch
        {
            TextOrientation.Rotate90 => (0.0, -1.0),  // PdfPig: turned a quarter clockwise, running down the page
            TextOrientation.Rotate180 => (-1.0, 0.0),
            TextOrientation.Rotate270 => (0.0, 1.0),
            _ => (1.0, 0.0),
        };
        // "Down" (the next line) is the text direction turned a quarter clockwise.
        (downX, downY) = (alongY, -alongX);
        (double X, double Y)[] corners = [(0, 0), (width, 0), (0, height), (width, height)];
        offsetX = -corners.Min(c => c.X * alongX + c.Y * alongY);
        offsetY = -corners.Min(c => c.X * downX + c.Y * downY);
        Width = corners.Max(c => c.X * alongX + c.Y * alongY) + offsetX;
        Height = corners.Max(c => c.X * downX + c.Y * downY) + offsetY;
    }

    /// <summary>The orientation of the text read as horizontal on this page; any other text is a stamp or watermark.</summary>
    public TextOrientation Orientation { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>The orientation most of the page's characters share (upright unless nearly all run another way).</summary>
    public static PdfReadingFrame For(Page page)
    {
        var counts = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).GroupBy(l => l.TextOrientation).ToDictionary(g => g.Key, g => g.Count());
        var total = counts.Values.Sum();
        var dominant = counts.Count == 0 ? TextOrientation.Horizontal : counts.MaxBy(kv => kv.Value).Key;
        var turned = dominant is TextOrientation.Rotate90 or TextOrientation.Rotate180 or TextOrientation.Rotate270 && counts[dominant] >= 0.8 * total;
        return new PdfReadingFrame(turned ? dominant : TextOrientation.Horizontal, page.Width, page.Height);
    }

    /// <summary>A point of the page in the frame: x along the text, y downwards.</summary>
    public (double X, double Y) Map(PdfPoint point) =>
        (point.X * alongX + point.Y * alongY + offsetX, point.X * downX + point.Y * downY + offsetY);

    /// <summary>A rectangle of the page in the frame, as (left, top, right, bottom).</summary>
    public (double Left, double Top, double Right, double Bottom) Map(PdfRectangle box)
    {
        var a = Map(box.BottomLeft);
        var b = Map(box.TopRight);
        return (Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
    }
}
