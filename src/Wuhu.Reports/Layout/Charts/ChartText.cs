namespace Wuhu.Reports.Layout;

/// <summary>Small text helpers shared by the charts (single-line labels, never wrapped).</summary>
internal static class ChartText
{
    public static float Width(LayoutContext context, string text, TextStyle style) =>
        context.Text.Advances(text, style).Sum();

    /// <summary>Cuts <paramref name="text"/> to fit <paramref name="maxWidth"/>, ending with "…" when cut.</summary>
    public static string Fit(LayoutContext context, string text, TextStyle style, float maxWidth)
    {
        if (Width(context, text, style) <= maxWidth)
        {
            return text;
        }

        var advances = context.Text.Advances(text, style);
        var ellipsis = Width(context, "…", style);
        var width = 0f;
        var length = 0;
        while (length < text.Length && width + advances[length] + ellipsis <= maxWidth)
        {
            width += advances[length++];
        }

        return text[..length] + "…";
    }

    /// <summary>The y of the baseline that centres a line of <paramref name="style"/> on <paramref name="middle"/>.</summary>
    public static float CenteredBaseline(LayoutContext context, TextStyle style, float middle)
    {
        var metrics = context.Text.Metrics(style);
        return middle + ((metrics.Ascent - metrics.Descent) / 2);
    }

    /// <summary>Draws legend entries (colour square + name) left to right; returns the height used.</summary>
    public static float DrawLegend(LayoutContext context, IEnumerable<(string Name, RgbColor Color)> entries, float x, float y, TextStyle style)
    {
        var box = style.Size * 0.9f;
        var lineHeight = style.Size * 1.6f;
        foreach (var (name, color) in entries)
        {
            context.Canvas.FillRectangle(x, y + ((lineHeight - box) / 2), box, box, color);
            context.Canvas.DrawText(name, x + box + 4, CenteredBaseline(context, style, y + (lineHeight / 2)), style);
            x += box + 4 + Width(context, name, style) + 14;
        }

        return lineHeight;
    }
}
