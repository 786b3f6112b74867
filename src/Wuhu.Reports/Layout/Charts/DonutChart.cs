using System.Globalization;

namespace Wuhu.Reports.Layout;

/// <summary>
/// A donut (or, with <paramref name="holeRatio"/> 0, a pie) with a legend on the right listing each
/// slice's value and share. Zero slices stay in the legend but draw nothing.
/// </summary>
public sealed class DonutChart(
    IReadOnlyList<ChartSlice> slices,
    float height,
    string? centerValue = null,
    string? centerCaption = null,
    float holeRatio = 0.58f) : ChartElement(height)
{
    public TextStyle LabelStyle { get; init; } = new(9f);

    protected override void DrawChart(LayoutContext context, Size size)
    {
        var canvas = context.Canvas;
        var radius = (size.Height / 2) - 4;
        var cx = radius + 8;
        var cy = size.Height / 2;
        var total = slices.Sum(s => Math.Max(0, s.Value));
        if (total <= 0)
        {
            canvas.FillRingSector(cx, cy, radius, radius * holeRatio, 0, 360, new RgbColor(0xE0, 0xE3, 0xE8));
        }
        else
        {
            var angle = 0f;
            foreach (var slice in slices.Where(s => s.Value > 0))
            {
                var sweep = (float)(slice.Value / total * 360);
                canvas.FillRingSector(cx, cy, radius, radius * holeRatio, angle, sweep, slice.Color);
                angle += sweep;
            }
        }

        if (holeRatio > 0 && centerValue is not null)
        {
            var valueStyle = new TextStyle(radius * 0.36f, Bold: true, Color: new RgbColor(0x1F, 0x2A, 0x37));
            var captionStyle = LabelStyle with { Color = new RgbColor(0x6B, 0x72, 0x80) };
            var valueWidth = ChartText.Width(context, centerValue, valueStyle);
            canvas.DrawText(centerValue, cx - (valueWidth / 2), ChartText.CenteredBaseline(context, valueStyle, cy - (centerCaption is null ? 0 : 5)), valueStyle);
            if (centerCaption is not null)
            {
                var captionWidth = ChartText.Width(context, centerCaption, captionStyle);
                canvas.DrawText(centerCaption, cx - (captionWidth / 2), ChartText.CenteredBaseline(context, captionStyle, cy + (valueStyle.Size * 0.75f)), captionStyle);
            }
        }

        DrawLegend(context, size, cx + radius + 28, total);
    }

    private void DrawLegend(LayoutContext context, Size size, float left, double total)
    {
        var rowHeight = LabelStyle.Size * 2.1f;
        var top = (size.Height - (rowHeight * slices.Count)) / 2;
        var box = LabelStyle.Size;
        var valueStyle = LabelStyle with { Bold = true };
        var shareStyle = LabelStyle with { Color = new RgbColor(0x6B, 0x72, 0x80) };
        foreach (var slice in slices)
        {
            var middle = top + (rowHeight / 2);
            context.Canvas.FillRectangle(left, middle - (box / 2), box, box, slice.Color);
            var baseline = ChartText.CenteredBaseline(context, LabelStyle, middle);
            context.Canvas.DrawText(slice.Label, left + box + 6, baseline, LabelStyle);
            var value = slice.Value.ToString("0.##", CultureInfo.InvariantCulture);
            context.Canvas.DrawText(value, left + box + 70, baseline, valueStyle);
            var share = total > 0 ? (slice.Value / total).ToString("0.0%", CultureInfo.InvariantCulture) : "—";
            context.Canvas.DrawText(share, left + box + 110, baseline, shareStyle);
            top += rowHeight;
        }
    }
}
