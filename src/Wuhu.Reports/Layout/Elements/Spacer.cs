namespace Wuhu.Reports.Layout;

/// <summary>Fixed empty height (and no width demand); wraps when the height does not fit.</summary>
public sealed class Spacer(float height) : Element
{
    public override SpacePlan Measure(LayoutContext context, Size available) =>
        height <= available.Height + Size.Epsilon ? SpacePlan.Full(0, height) : SpacePlan.Wrap();

    public override void Draw(LayoutContext context, Size available)
    {
    }
}
