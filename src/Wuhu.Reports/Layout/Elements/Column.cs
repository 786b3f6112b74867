namespace Wuhu.Reports.Layout;

/// <summary>Children stacked top to bottom with a gap; continues on the next page where a child stops.</summary>
public sealed class Column(float spacing = 0) : Element
{
    private readonly List<Element> _items = [];
    private int _next;

    public Column Add(Element item)
    {
        _items.Add(item ?? throw new ArgumentNullException(nameof(item)));
        return this;
    }

    public IReadOnlyList<Element> Items => _items;

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        if (_next >= _items.Count)
        {
            return SpacePlan.Full(0, 0);
        }

        var plan = Plan(context, available);
        if (plan.Count == 0)
        {
            return SpacePlan.Wrap();
        }

        var last = plan[^1];
        var width = plan.Max(p => p.Plan.Width);
        var height = last.Top + last.Plan.Height;
        var complete = _next + plan.Count(p => p.Plan.IsFull) == _items.Count;
        return complete ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(LayoutContext context, Size available)
    {
        var plan = Plan(context, available);
        foreach (var step in plan)
        {
            step.Item.DrawAt(context, 0, step.Top, new Size(available.Width, step.Plan.Height));
        }

        _next += plan.Count(p => p.Plan.IsFull);
    }

    public override void ResetState()
    {
        _next = 0;
        foreach (var item in _items)
        {
            item.ResetState();
        }
    }

    private List<Placed> Plan(LayoutContext context, Size available)
    {
        var placed = new List<Placed>();
        var top = 0f;
        for (var i = _next; i < _items.Count; i++)
        {
            var space = new Size(available.Width, Math.Max(0, available.Height - top));
            var plan = _items[i].Measure(context, space);
            if (plan.IsWrap)
            {
                break;
            }

            placed.Add(new Placed(_items[i], plan, top));
            if (plan.IsPartial)
            {
                break;
            }

            // Elements that take no height (a finished page break) get no gap either.
            top += plan.Height + (plan.Height > 0 ? spacing : 0);
        }

        return placed;
    }

    private readonly record struct Placed(Element Item, SpacePlan Plan, float Top);
}
