namespace Wuhu.Reports.Layout;

/// <summary>
/// Rows of cells in columns of fixed or relative width. The header rows are drawn again at the top of
/// every page the table reaches; body rows move to the next page whole, or split when taller than a page
/// (see <see cref="TableStyle.KeepRowsTogether"/>).
/// </summary>
public sealed class Table : Element
{
    private readonly IReadOnlyList<WidthRule> _columns;
    private readonly TableStyle _style;
    private readonly List<TableRow> _header = [];
    private readonly List<TableRow> _rows = [];
    private int _nextRow;

    public Table(IReadOnlyList<WidthRule> columns, TableStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        _columns = columns;
        _style = style ?? new TableStyle();
    }

    public int RowCount => _rows.Count;

    public Table AddHeaderRow(params Element[] cells)
    {
        _header.Add(new TableRow(CheckWidth(cells), _style, _style.HeaderBackground));
        return this;
    }

    public Table AddRow(params Element[] cells) => AddRow(null, cells);

    /// <summary>Adds a body row; <paramref name="background"/> overrides the stripe colour.</summary>
    public Table AddRow(RgbColor? background, params Element[] cells)
    {
        var stripe = _rows.Count % 2 == 1 ? _style.StripeBackground : null;
        _rows.Add(new TableRow(CheckWidth(cells), _style, background ?? stripe));
        return this;
    }

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var widths = WidthRule.Resolve(_columns, available.Width, 0);
        var plan = Plan(context, widths, available.Height);
        if (plan is null)
        {
            return SpacePlan.Wrap();
        }

        var height = plan.HeaderHeights.Sum() + plan.Rows.Sum(r => r.Plan.Height);
        var finished = _nextRow + plan.Rows.Count(r => r.Plan.IsFull) == _rows.Count;
        return finished ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(LayoutContext context, Size available)
    {
        var widths = WidthRule.Resolve(_columns, available.Width, 0);
        var plan = Plan(context, widths, available.Height) ?? throw new LayoutException("Table drawn where it does not fit.");
        var top = 0f;
        for (var h = 0; h < _header.Count; h++)
        {
            _header[h].ResetState();
            context.Canvas.Translate(0, top);
            _header[h].Draw(context, widths, plan.HeaderHeights[h]);
            context.Canvas.Translate(0, -top);
            top += plan.HeaderHeights[h];
        }

        foreach (var (row, rowPlan) in plan.Rows)
        {
            context.Canvas.Translate(0, top);
            row.Draw(context, widths, rowPlan.Height);
            context.Canvas.Translate(0, -top);
            top += rowPlan.Height;
        }

        _nextRow += plan.Rows.Count(r => r.Plan.IsFull);
    }

    public override void ResetState()
    {
        _nextRow = 0;
        foreach (var row in _header.Concat(_rows))
        {
            row.ResetState();
        }
    }

    private PagePlan? Plan(LayoutContext context, float[] widths, float maxHeight)
    {
        // The header starts afresh on every page, so measure it from its initial state.
        var headerHeights = new List<float>();
        var remaining = maxHeight;
        foreach (var header in _header)
        {
            header.ResetState();
            var plan = header.Measure(context, widths, remaining);
            if (!plan.IsFull)
            {
                return null;
            }

            headerHeights.Add(plan.Height);
            remaining -= plan.Height;
        }

        var rows = new List<(TableRow Row, SpacePlan Plan)>();
        for (var i = _nextRow; i < _rows.Count; i++)
        {
            var plan = _rows[i].Measure(context, widths, remaining);
            if (plan.IsWrap)
            {
                break;
            }

            if (plan.IsPartial && _style.KeepRowsTogether && rows.Count > 0)
            {
                break;
            }

            rows.Add((_rows[i], plan));
            if (plan.IsPartial)
            {
                break;
            }

            remaining -= plan.Height;
        }

        // A header with no body row under it would be an orphan: move the table on.
        if (rows.Count == 0 && _nextRow < _rows.Count)
        {
            return null;
        }

        return new PagePlan(headerHeights, rows);
    }

    private Element[] CheckWidth(Element[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"The table has {_columns.Count} columns but the row has {cells.Length} cells.", nameof(cells));
        }

        return cells;
    }

    private sealed record PagePlan(List<float> HeaderHeights, List<(TableRow Row, SpacePlan Plan)> Rows);
}
