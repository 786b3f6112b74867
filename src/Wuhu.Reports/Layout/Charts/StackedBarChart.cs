using System.Globalization;

namespace Wuhu.Reports.Layout;

/// <summary>
/// Horizontal bars, one per category, each stacked from its series values, with the category label on
/// the left, the total at the bar's end and a legend on top. The height follows the number of bars.
/// </summary>
public sealed class StackedBarChart(IReadOnlyList<StackedBar> bars, IReadOnlyList<ChartSeries> series, float labelWidth = 120f, float barPitch = 17f)
    : ChartElement(LegendHeight + (bars.Count * barPitch) + 6)
{
    private const float LegendHeight = 22f;

    public TextStyle LabelStyle { get; init; } = new(8.5f);

    protected override void DrawChart(LayoutContext context, Size size)
    {
        var canvas = context.Canvas;
        ChartText.DrawLegend(context, series.Select(s => (s.Name, s.Color)), labelWidth, 0, LabelStyle);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Values.Sum());
        var plotWidth = size.Width - labelWidth - 30;
        var grid = new RgbColor(0xE5, 0xE7, 0xEB);
        var top = LegendHeight;
        var plotHeight = bars.Count * barPitch;
        foreach (var fraction in new[] { 0f, 0.25f, 0.5f, 0.75f, 1f })
        {
            var x = labelWidth + (plotWidth * fraction);
            canvas.DrawLine(x, top, x, top + plotHeight, grid, 0.5f);
        }

        var totalStyle = LabelStyle with { Bold = true };
        foreach (var bar in bars)
        {
            var middle = top + (barPitch / 2);
            var label = ChartText.Fit(context, bar.Label, LabelStyle, labelWidth - 8);
            var labelX = labelWidth - 6 - ChartText.Width(context, label, LabelStyle);
            canvas.DrawText(label, labelX, ChartText.CenteredBaseline(context, LabelStyle, middle), LabelStyle);
            var x = labelWidth;
            var barHeight = barPitch * 0.62f;
            for (var s = 0; s < series.Count && s < bar.Values.Count; s++)
            {
                var width = max > 0 ? (float)(bar.Values[s] / max * plotWidth) : 0;
                if (width > 0)
                {
                    canvas.FillRectangle(x, middle - (barHeight / 2), width, barHeight, series[s].Color);
                }

                x += width;
            }

            var total = bar.Values.Sum().ToString("0.##", CultureInfo.InvariantCulture);
            canvas.DrawText(total, x + 4, ChartText.CenteredBaseline(context, totalStyle, middle), totalStyle);
            top += barPitch;
        }
    }
}
