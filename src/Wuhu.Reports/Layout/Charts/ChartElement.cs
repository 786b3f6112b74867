namespace Wuhu.Reports.Layout;

/// <summary>A chart: fixed height, the full available width, never split across pages.</summary>
public abstract class ChartElement(float height) : Element
{
    public float Height { get; } = height;

    public override SpacePlan Measure(LayoutContext context, Size available) =>
        Height <= available.Height + Size.Epsilon ? SpacePlan.Full(available.Width, Height) : SpacePlan.Wrap();

    public override void Draw(LayoutContext context, Size available) => DrawChart(context, new Size(available.Width, Height));

    protected abstract void DrawChart(LayoutContext context, Size size);
}
