namespace Wuhu.Reports.Layout;

/// <summary>
/// Vertical bars on a baseline with light gridlines, the value text above each bar and the label below.
/// <paramref name="maxValue"/> fixes the scale (e.g. 1 for rates); otherwise the largest bar sets it.
/// With <paramref name="axisFormat"/> the gridlines get value labels on the left.
/// </summary>
public sealed class BarChart(IReadOnlyList<BarValue> bars, float height, double? maxValue = null, Func<double, string>? axisFormat = null) : ChartElement(height)
{
    private const float AxisWidth = 34f;

    public TextStyle LabelStyle { get; init; } = new(9f);

    protected override void DrawChart(LayoutContext context, Size size)
    {
        var canvas = context.Canvas;
        var labelBand = LabelStyle.Size * 2.2f;
        var valueBand = LabelStyle.Size * 2f;
        var plotTop = valueBand;
        var plotBottom = size.Height - labelBand;
        var plotHeight = plotBottom - plotTop;
        var max = maxValue ?? (bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-9));
        var grid = new RgbColor(0xE5, 0xE7, 0xEB);
        var left = axisFormat is null ? 0 : AxisWidth;
        var axisStyle = LabelStyle with { Size = LabelStyle.Size * 0.85f, Color = new RgbColor(0x6B, 0x72, 0x80) };
        foreach (var fraction in new[] { 0f, 0.25f, 0.5f, 0.75f, 1f })
        {
            var y = plotBottom - (plotHeight * fraction);
            if (fraction > 0)
            {
                canvas.DrawLine(left, y, size.Width, y, grid, 0.5f);
            }

            if (axisFormat is not null)
            {
                var text = axisFormat(max * fraction);
                var width = ChartText.Width(context, text, axisStyle);
                canvas.DrawText(text, left - 6 - width, ChartText.CenteredBaseline(context, axisStyle, y), axisStyle);
            }
        }

        canvas.DrawLine(left, plotBottom, size.Width, plotBottom, new RgbColor(0x9C, 0xA3, 0xAF), 0.8f);
        if (bars.Count == 0)
        {
            return;
        }

        var slot = (size.Width - left) / bars.Count;
        var barWidth = Math.Min(slot * 0.5f, 48f);
        var valueStyle = LabelStyle with { Bold = true };
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var center = left + (slot * i) + (slot / 2);
            var barHeight = (float)(Math.Clamp(bar.Value / max, 0, 1) * plotHeight);
            canvas.FillRectangle(center - (barWidth / 2), plotBottom - barHeight, barWidth, barHeight, bar.Color);
            var valueWidth = ChartText.Width(context, bar.ValueText, valueStyle);
            canvas.DrawText(bar.ValueText, center - (valueWidth / 2), plotBottom - barHeight - 4, valueStyle);
            var label = ChartText.Fit(context, bar.Label, LabelStyle, slot - 4);
            var labelWidth = ChartText.Width(context, label, LabelStyle);
            canvas.DrawText(label, center - (labelWidth / 2), ChartText.CenteredBaseline(context, LabelStyle, plotBottom + (labelBand / 2)), LabelStyle);
        }
    }
}
