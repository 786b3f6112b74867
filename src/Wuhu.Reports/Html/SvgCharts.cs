using System.Globalization;
using System.Text;
using Wuhu.Reports.Layout;
using Wuhu.Reports.Model;
using Wuhu.Reports.Rendering;

namespace Wuhu.Reports.Html;

/// <summary>
/// The PDF's three charts as inline SVG, with the same geometry in points (the viewBox is the PDF's
/// content width), so a browser printing the HTML draws what the PDF draws. Text is placed with
/// text-anchor instead of measured: the browser lays it out with the same font.
/// </summary>
internal static class SvgCharts
{
    /// <summary>A4 width 595.28 pt minus 2 × 42 pt margins, as in the PDF.</summary>
    public const double Width = 511.28;

    private const string Grid = "#E5E7EB";
    private const string MutedText = "#6B7280";

    public static void StatusDonut(StringBuilder html, ReportDocument report)
    {
        const double height = 130, hole = 0.58;
        var radius = (height / 2) - 4;
        var cx = radius + 8;
        var cy = height / 2;
        var slices = report.StatusDistribution;
        var total = slices.Sum(s => Math.Max(0, s.Count));
        Open(html, height, "任务状态分布");
        if (total <= 0)
        {
            RingSector(html, cx, cy, radius, radius * hole, 0, 360, "#E0E3E8");
        }
        else
        {
            var angle = 0.0;
            foreach (var slice in slices.Where(s => s.Count > 0))
            {
                var sweep = (double)slice.Count / total * 360;
                RingSector(html, cx, cy, radius, radius * hole, angle, sweep, Color(ReportTheme.StatusColor(slice.Status)));
                angle += sweep;
            }
        }

        var rate = report.Figures.CompletionRate is { } r ? HtmlText.Percent(r) : "—";
        var valueSize = radius * 0.36;
        Text(html, cx, cy - 5 + (valueSize * 0.35), rate, valueSize, "middle", bold: true, color: "#1F2A37");
        Text(html, cx, cy + (valueSize * 0.75) + 3, "完成率", 9, "middle", color: MutedText);

        const double rowHeight = 9 * 2.1, box = 9;
        var left = cx + radius + 28;
        var top = (height - (rowHeight * slices.Count)) / 2;
        foreach (var slice in slices)
        {
            var middle = top + (rowHeight / 2);
            Rectangle(html, left, middle - (box / 2), box, box, Color(ReportTheme.StatusColor(slice.Status)));
            var baseline = middle + 3.2;
            Text(html, left + box + 6, baseline, slice.Label, 9);
            Text(html, left + box + 70, baseline, slice.Count.ToString(CultureInfo.InvariantCulture), 9, bold: true);
            Text(html, left + box + 110, baseline, total > 0 ? HtmlText.Percent((double)slice.Count / total) : "—", 9, color: MutedText);
            top += rowHeight;
        }

        html.Append("</svg>");
    }

    /// <summary>Lead units by task count, stacked by status (the largest <paramref name="limit"/> units).</summary>
    public static void UnitBars(StringBuilder html, ReportDocument report, int limit = 15)
    {
        var statuses = SummarySections.Statuses(report);
        var bars = report.Units.Take(limit).Select(u => (u.Unit, Values: statuses.Select(u.Statuses.Count).ToArray())).ToList();
        StackedBars(html, "牵头单位任务数", bars, [.. statuses.Select(s => (report.StatusLabel(s), s))], labelWidth: 120, pitch: 17);
    }

    /// <summary>The status mix of each bulletin of the year, one stacked bar per quarter, as the PDF draws it.</summary>
    public static void QuarterBars(StringBuilder html, IReadOnlyList<QuarterPoint> points)
    {
        var statuses = StatusLabels.Ordered.Where(s => points.Any(p => p.Statuses.Count(s) > 0)).ToList();
        var bars = points.Select(p => (p.Label, Values: statuses.Select(p.Statuses.Count).ToArray())).ToList();
        StackedBars(html, "各季度任务状态", bars, [.. statuses.Select(s => (SummarySections.QuarterSeriesLabel(s), s))], labelWidth: 60, pitch: 22);
    }

    /// <summary>Horizontal stacked bars with a legend on top, the geometry of the PDF's StackedBarChart.</summary>
    private static void StackedBars(
        StringBuilder html,
        string label,
        IReadOnlyList<(string Label, int[] Values)> bars,
        IReadOnlyList<(string Name, Bulletins.Model.TaskStatus Status)> series,
        double labelWidth,
        double pitch)
    {
        const double legendHeight = 22, fontSize = 8.5;
        var height = legendHeight + (bars.Count * pitch) + 6;
        Open(html, height, label);

        var x = labelWidth;
        foreach (var (name, status) in series)
        {
            var box = fontSize * 0.9;
            Rectangle(html, x, ((fontSize * 1.6) - box) / 2, box, box, Color(ReportTheme.StatusColor(status)));
            Text(html, x + box + 4, (fontSize * 0.8) + 3, name, fontSize);
            x += box + 4 + (name.Length * fontSize) + 14;
        }

        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Values.Sum());
        var plotWidth = Width - labelWidth - 30;
        foreach (var fraction in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            var gx = labelWidth + (plotWidth * fraction);
            Line(html, gx, legendHeight, gx, legendHeight + (bars.Count * pitch), Grid, 0.5);
        }

        var top = legendHeight;
        foreach (var bar in bars)
        {
            var middle = top + (pitch / 2);
            var baseline = middle + (fontSize * 0.35);
            Text(html, labelWidth - 6, baseline, Fit(bar.Label, fontSize, labelWidth - 8), fontSize, "end");
            var barHeight = pitch * 0.62;
            var bx = labelWidth;
            for (var s = 0; s < bar.Values.Length && s < series.Count; s++)
            {
                var width = max > 0 ? (double)bar.Values[s] / max * plotWidth : 0;
                if (width > 0)
                {
                    Rectangle(html, bx, middle - (barHeight / 2), width, barHeight, Color(ReportTheme.StatusColor(series[s].Status)));
                }

                bx += width;
            }

            Text(html, bx + 4, baseline, bar.Values.Sum().ToString(CultureInfo.InvariantCulture), fontSize, bold: true);
            top += pitch;
        }

        html.Append("</svg>");
    }

    private static void Open(StringBuilder html, double height, string label) =>
        html.Append("<svg class=\"chart\" role=\"img\" aria-label=\"").Escaped(label).Append("\" viewBox=\"0 0 ")
            .Coordinate(Width).Append(' ').Coordinate(height).Append("\" style=\"height:").Coordinate(height).Append("pt\">");

    private static void RingSector(StringBuilder html, double cx, double cy, double outer, double inner, double start, double sweep, string fill)
    {
        if (sweep >= 359.99)
        {
            // Two full circles with even-odd filling make the ring; an arc cannot start and end on one point.
            html.Append("<path fill-rule=\"evenodd\" fill=\"").Append(fill).Append("\" d=\"");
            Circle(html, cx, cy, outer);
            Circle(html, cx, cy, inner);
            html.Append("\"/>");
            return;
        }

        var large = sweep > 180 ? 1 : 0;
        var (ox1, oy1) = Polar(cx, cy, outer, start);
        var (ox2, oy2) = Polar(cx, cy, outer, start + sweep);
        var (ix2, iy2) = Polar(cx, cy, inner, start + sweep);
        var (ix1, iy1) = Polar(cx, cy, inner, start);
        html.Append("<path fill=\"").Append(fill).Append("\" d=\"M").Coordinate(ox1).Append(',').Coordinate(oy1)
            .Append('A').Coordinate(outer).Append(',').Coordinate(outer).Append(" 0 ").Append(large).Append(",1 ").Coordinate(ox2).Append(',').Coordinate(oy2)
            .Append('L').Coordinate(ix2).Append(',').Coordinate(iy2)
            .Append('A').Coordinate(inner).Append(',').Coordinate(inner).Append(" 0 ").Append(large).Append(",0 ").Coordinate(ix1).Append(',').Coordinate(iy1)
            .Append("Z\"/>");
    }

    private static void Circle(StringBuilder html, double cx, double cy, double r) =>
        html.Append('M').Coordinate(cx - r).Append(',').Coordinate(cy)
            .Append('a').Coordinate(r).Append(',').Coordinate(r).Append(" 0 1,0 ").Coordinate(2 * r).Append(",0")
            .Append('a').Coordinate(r).Append(',').Coordinate(r).Append(" 0 1,0 ").Coordinate(-2 * r).Append(",0");

    /// <summary>Angles in degrees clockwise from twelve o'clock, as the PDF canvas draws them.</summary>
    private static (double X, double Y) Polar(double cx, double cy, double r, double degrees)
    {
        var radians = (degrees - 90) * Math.PI / 180;
        return (cx + (r * Math.Cos(radians)), cy + (r * Math.Sin(radians)));
    }

    private static void Rectangle(StringBuilder html, double x, double y, double width, double height, string fill) =>
        html.Append("<rect x=\"").Coordinate(x).Append("\" y=\"").Coordinate(y).Append("\" width=\"").Coordinate(width)
            .Append("\" height=\"").Coordinate(height).Append("\" fill=\"").Append(fill).Append("\"/>");

    private static void Line(StringBuilder html, double x1, double y1, double x2, double y2, string stroke, double width) =>
        html.Append("<line x1=\"").Coordinate(x1).Append("\" y1=\"").Coordinate(y1).Append("\" x2=\"").Coordinate(x2).Append("\" y2=\"").Coordinate(y2)
            .Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Coordinate(width).Append("\"/>");

    private static void Text(StringBuilder html, double x, double y, string text, double size, string anchor = "start", bool bold = false, string? color = null)
    {
        html.Append("<text x=\"").Coordinate(x).Append("\" y=\"").Coordinate(y).Append("\" font-size=\"").Coordinate(size).Append('"');
        if (anchor != "start")
        {
            html.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (bold)
        {
            html.Append(" font-weight=\"700\"");
        }

        if (color is not null)
        {
            html.Append(" fill=\"").Append(color).Append('"');
        }

        html.Append('>').Escaped(text).Append("</text>");
    }

    /// <summary>
    /// Cuts a single-line label to about <paramref name="maxWidth"/> with "…". Without a text measurer, a
    /// CJK character counts one em and any other character half an em: close for this font.
    /// </summary>
    private static string Fit(string text, double size, double maxWidth)
    {
        static double Em(char c) => c >= 0x2E80 ? 1 : 0.55;
        if (text.Sum(Em) * size <= maxWidth)
        {
            return text;
        }

        var width = size; // room for the ellipsis
        var length = 0;
        while (length < text.Length && width + (Em(text[length]) * size) <= maxWidth)
        {
            width += Em(text[length++]) * size;
        }

        return text[..length] + "…";
    }

    private static string Color(RgbColor color) => color.ToString();
}
