using System.Globalization;

namespace Wuhu.Reports.Building;

/// <summary>Number formatting for report text: invariant digits, no trailing zeros, ratios as percentages.</summary>
public static class NumberText
{
    /// <summary>5000.0 → "5000", 28.620 → "28.62".</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>0.84 → "84.0%".</summary>
    public static string Percent(decimal ratio) => (ratio * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>0.84 → "84.0%".</summary>
    public static string Percent(double ratio) => (ratio * 100d).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
