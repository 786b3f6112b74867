namespace Wuhu.Reports.Layout;

/// <summary>Ends the current page: the first time it is laid out it reports a partial render of nothing.</summary>
public sealed class PageBreak : Element
{
    private bool _broken;

    public override SpacePlan Measure(LayoutContext context, Size available) =>
        _broken ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    public override void Draw(LayoutContext context, Size available) => _broken = true;

    public override void ResetState() => _broken = false;
}
