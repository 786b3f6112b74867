namespace Wuhu.Reports.Layout;

/// <summary>Fills the area its parent gives it, then draws the child on top.</summary>
public sealed class Background(Element child, RgbColor color) : ContainerElement(child)
{
    public override void Draw(LayoutContext context, Size available)
    {
        context.Canvas.FillRectangle(0, 0, available.Width, available.Height, color);
        Child.Draw(context, available);
    }
}
