namespace Wuhu.Reports.Layout;

/// <summary>How much of an element fits in the space offered.</summary>
public enum SpacePlanKind
{
    /// <summary>Nothing fits: the element must move to the next page.</summary>
    Wrap,

    /// <summary>Part fits: draw it here and continue on the next page.</summary>
    PartialRender,

    /// <summary>Everything left fits.</summary>
    FullRender,
}

/// <summary>The result of measuring an element: the kind of fit and the size it will occupy.</summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Wrap() => new(SpacePlanKind.Wrap, 0, 0);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.PartialRender, width, height);

    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.FullRender, width, height);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    public bool IsPartial => Kind == SpacePlanKind.PartialRender;

    public bool IsFull => Kind == SpacePlanKind.FullRender;

    public override string ToString() => $"{Kind} {Width:0.##}x{Height:0.##}";
}
