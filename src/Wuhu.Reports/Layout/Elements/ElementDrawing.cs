namespace Wuhu.Reports.Layout;

internal static class ElementDrawing
{
    /// <summary>Draws <paramref name="element"/> with its origin moved to (x, y).</summary>
    public static void DrawAt(this Element element, LayoutContext context, float x, float y, Size size)
    {
        context.Canvas.Translate(x, y);
        element.Draw(context, size);
        context.Canvas.Translate(-x, -y);
    }
}
