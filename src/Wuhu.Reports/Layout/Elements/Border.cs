namespace Wuhu.Reports.Layout;

/// <summary>
/// Strokes lines along chosen edges of the area its parent gives it. It takes no space itself:
/// combine it with <see cref="Padding"/> to keep content off the line.
/// </summary>
public sealed class Border(Element child, RgbColor color, float left, float top, float right, float bottom) : ContainerElement(child)
{
    public Border(Element child, RgbColor color, float all)
        : this(child, color, all, all, all, all)
    {
    }

    public override void Draw(LayoutContext context, Size available)
    {
        Child.Draw(context, available);
        var canvas = context.Canvas;
        var (w, h) = (available.Width, available.Height);
        if (top > 0)
        {
            canvas.DrawLine(0, top / 2, w, top / 2, color, top);
        }

        if (bottom > 0)
        {
            canvas.DrawLine(0, h - (bottom / 2), w, h - (bottom / 2), color, bottom);
        }

        if (left > 0)
        {
            canvas.DrawLine(left / 2, 0, left / 2, h, color, left);
        }

        if (right > 0)
        {
            canvas.DrawLine(w - (right / 2), 0, w - (right / 2), h, color, right);
        }
    }
}
