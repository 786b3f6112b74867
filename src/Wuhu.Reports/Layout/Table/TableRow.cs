namespace Wuhu.Reports.Layout;

/// <summary>
/// One table row laid out against given column widths. Cells continue on the next page independently;
/// a cell that finished on an earlier page draws as empty space.
/// </summary>
internal sealed class TableRow(IReadOnlyList<Element> cells, TableStyle style, RgbColor? background)
{
    private readonly bool[] _done = new bool[cells.Count];

    public SpacePlan Measure(LayoutContext context, float[] widths, float maxHeight)
    {
        var height = 0f;
        var partial = false;
        var padY = style.CellPaddingY * 2;
        for (var i = 0; i < cells.Count; i++)
        {
            if (_done[i])
            {
                continue;
            }

            var plan = cells[i].Measure(context, CellSpace(widths[i], maxHeight - padY));
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap();
            }

            partial |= plan.IsPartial;
            height = Math.Max(height, plan.Height);
        }

        var total = widths.Sum();
        return partial ? SpacePlan.Partial(total, height + padY) : SpacePlan.Full(total, height + padY);
    }

    public void Draw(LayoutContext context, float[] widths, float rowHeight)
    {
        var canvas = context.Canvas;
        var total = widths.Sum();
        if (background is { } fill)
        {
            canvas.FillRectangle(0, 0, total, rowHeight, fill);
        }

        var x = 0f;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!_done[i])
            {
                var space = CellSpace(widths[i], rowHeight - (style.CellPaddingY * 2));
                var plan = cells[i].Measure(context, space);
                cells[i].DrawAt(context, x + style.CellPaddingX, style.CellPaddingY, space);
                _done[i] = plan.IsFull;
            }

            if (style.VerticalLines && i > 0)
            {
                canvas.DrawLine(x, 0, x, rowHeight, style.GridColor, style.GridThickness);
            }

            x += widths[i];
        }

        canvas.DrawLine(0, rowHeight, total, rowHeight, style.GridColor, style.GridThickness);
    }

    public void ResetState()
    {
        Array.Clear(_done);
        foreach (var cell in cells)
        {
            cell.ResetState();
        }
    }

    private Size CellSpace(float width, float height) => new(Math.Max(0, width - (style.CellPaddingX * 2)), Math.Max(0, height));
}
