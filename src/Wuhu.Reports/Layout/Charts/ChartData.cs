namespace Wuhu.Reports.Layout;

/// <summary>A slice of a donut or pie chart.</summary>
public sealed record ChartSlice(string Label, double Value, RgbColor Color);

/// <summary>One series (a colour in the legend) of a stacked bar chart.</summary>
public sealed record ChartSeries(string Name, RgbColor Color);

/// <summary>One bar of a stacked bar chart: a value per series, in series order.</summary>
public sealed record StackedBar(string Label, IReadOnlyList<double> Values);

/// <summary>One bar of a simple bar chart, with the text printed above it.</summary>
public sealed record BarValue(string Label, double Value, string ValueText, RgbColor Color);
