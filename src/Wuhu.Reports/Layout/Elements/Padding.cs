namespace Wuhu.Reports.Layout;

/// <summary>Empty space around a child.</summary>
public sealed class Padding(Element child, float left, float top, float right, float bottom) : ContainerElement(child)
{
    public Padding(Element child, float all)
        : this(child, all, all, all, all)
    {
    }

    public Padding(Element child, float horizontal, float vertical)
        : this(child, horizontal, vertical, horizontal, vertical)
    {
    }

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var inner = Shrink(available);
        if (inner.Width < 0 || inner.Height < 0)
        {
            return SpacePlan.Wrap();
        }

        var plan = Child.Measure(context, inner);
        return plan.IsWrap ? plan : plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom };
    }

    public override void Draw(LayoutContext context, Size available) =>
        Child.DrawAt(context, left, top, Shrink(available));

    private Size Shrink(Size available) => new(available.Width - left - right, available.Height - top - bottom);
}
