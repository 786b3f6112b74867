namespace Wuhu.Reports.Layout;

/// <summary>A horizontal rule across the available width (or a vertical one down the available height).</summary>
public sealed class LineElement(RgbColor color, float thickness = 0.5f, bool vertical = false) : Element
{
    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        if (vertical)
        {
            return thickness <= available.Width + Size.Epsilon ? SpacePlan.Full(thickness, 0) : SpacePlan.Wrap();
        }

        return thickness <= available.Height + Size.Epsilon ? SpacePlan.Full(0, thickness) : SpacePlan.Wrap();
    }

    public override void Draw(LayoutContext context, Size available)
    {
        var half = thickness / 2;
        if (vertical)
        {
            context.Canvas.DrawLine(half, 0, half, available.Height, color, thickness);
        }
        else
        {
            context.Canvas.DrawLine(0, half, available.Width, half, color, thickness);
        }
    }
}
