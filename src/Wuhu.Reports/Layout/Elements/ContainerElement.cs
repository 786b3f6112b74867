namespace Wuhu.Reports.Layout;

/// <summary>An element that wraps one child and, unless overridden, takes exactly the child's space.</summary>
public abstract class ContainerElement(Element child) : Element
{
    public Element Child { get; } = child ?? throw new ArgumentNullException(nameof(child));

    public override SpacePlan Measure(LayoutContext context, Size available) => Child.Measure(context, available);

    public override void Draw(LayoutContext context, Size available) => Child.Draw(context, available);

    public override void ResetState() => Child.ResetState();
}
