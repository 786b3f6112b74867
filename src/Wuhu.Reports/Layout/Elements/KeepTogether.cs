namespace Wuhu.Reports.Layout;

/// <summary>
/// Moves its child to the next page instead of splitting it (for charts, figure cards, short blocks).
/// A child taller than an empty page cannot be laid out; the paginator reports that.
/// </summary>
public sealed class KeepTogether(Element child) : ContainerElement(child)
{
    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var plan = Child.Measure(context, available);
        return plan.IsPartial ? SpacePlan.Wrap() : plan;
    }
}
