namespace Wuhu.Reports.Layout;

/// <summary>
/// A piece of page content. Layout is a two-step protocol on every page: <see cref="Measure"/> says how
/// much of what is left fits in the offered space (and may be called any number of times, it changes
/// nothing), then <see cref="Draw"/> paints exactly that part at the canvas origin and remembers the
/// progress, so the next page continues where this one stopped. Pagination falls out of this protocol.
/// </summary>
public abstract class Element
{
    public abstract SpacePlan Measure(LayoutContext context, Size available);

    /// <summary>Draws what <see cref="Measure"/> promised for the same space, and advances the state.</summary>
    public abstract void Draw(LayoutContext context, Size available);

    /// <summary>Forgets all progress (before a new rendering pass), children included.</summary>
    public virtual void ResetState()
    {
    }
}
