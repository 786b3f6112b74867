namespace Wuhu.Reports.Layout;

/// <summary>
/// Starts its child on this page only if at least <paramref name="minHeight"/> points are left (or the
/// child fits entirely); otherwise moves it to the next page. Keeps a heading with the start of its table.
/// </summary>
public sealed class EnsureSpace(Element child, float minHeight) : ContainerElement(child)
{
    private bool _started;

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        return plan.IsPartial && !_started && available.Height < minHeight ? SpacePlan.Wrap() : plan;
    }

    public override void Draw(LayoutContext context, Size available)
    {
        _started = true;
        Child.Draw(context, available);
    }

    public override void ResetState()
    {
        _started = false;
        Child.ResetState();
    }
}
