namespace Wuhu.Reports.Layout;

/// <summary>A width rule for a row item or table column: a constant width in points, or a share of what is left.</summary>
public readonly record struct WidthRule(float Constant, float Relative)
{
    public static WidthRule Fixed(float points) => new(points, 0);

    public static WidthRule Share(float weight = 1) => new(0, weight);

    /// <summary>Splits <paramref name="total"/> among the rules: constants first, the rest by weight.</summary>
    public static float[] Resolve(IReadOnlyList<WidthRule> rules, float total, float spacing)
    {
        var free = total - rules.Sum(r => r.Constant) - (spacing * Math.Max(0, rules.Count - 1));
        var weights = rules.Sum(r => r.Relative);
        if (free < -Size.Epsilon)
        {
            throw new LayoutException($"Fixed widths need {total - free:0.#}pt but only {total:0.#}pt are available.");
        }

        return rules.Select(r => r.Constant + (weights > 0 ? Math.Max(0, free) * r.Relative / weights : 0)).ToArray();
    }
}

/// <summary>Children side by side (constant or relative widths); the row splits across pages with its children.</summary>
public sealed class Row(float spacing = 0) : Element
{
    private readonly List<(WidthRule Width, Element Item)> _items = [];
    private bool[] _done = [];

    public Row Add(WidthRule width, Element item)
    {
        _items.Add((width, item ?? throw new ArgumentNullException(nameof(item))));
        _done = new bool[_items.Count];
        return this;
    }

    public Row Constant(float width, Element item) => Add(WidthRule.Fixed(width), item);

    public Row Relative(float weight, Element item) => Add(WidthRule.Share(weight), item);

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var widths = Widths(available.Width);
        var height = 0f;
        var partial = false;
        for (var i = 0; i < _items.Count; i++)
        {
            if (_done[i])
            {
                continue;
            }

            var plan = _items[i].Item.Measure(context, new Size(widths[i], available.Height));
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap();
            }

            partial |= plan.IsPartial;
            height = Math.Max(height, plan.Height);
        }

        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    public override void Draw(LayoutContext context, Size available)
    {
        var widths = Widths(available.Width);

        // Children get the row's height, so backgrounds and borders of short cells line up.
        var rowHeight = Measure(context, available).Height;
        var x = 0f;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_done[i])
            {
                var space = new Size(widths[i], rowHeight);
                var plan = _items[i].Item.Measure(context, space);
                _items[i].Item.DrawAt(context, x, 0, space);
                _done[i] = plan.IsFull;
            }

            x += widths[i] + spacing;
        }
    }

    public override void ResetState()
    {
        Array.Clear(_done);
        foreach (var (_, item) in _items)
        {
            item.ResetState();
        }
    }

    private float[] Widths(float total) => WidthRule.Resolve(_items.Select(i => i.Width).ToList(), total, spacing);
}
