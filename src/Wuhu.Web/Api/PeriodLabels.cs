using Wuhu.Bulletins.Model;
using Wuhu.Reports.Building;

namespace Wuhu.Web.Api;

/// <summary>Chinese period names from storage keys ("2024-Q1" → "2024年第一季度"), worded as in the reports.</summary>
public static class PeriodLabels
{
    public static string OfKey(string? periodKey, bool fullYear = false) =>
        TryParse(periodKey, out var year, out var quarter) ? PeriodText.Label(new ReportingPeriod(year, quarter, fullYear)) : periodKey ?? "未知期间";

    public static bool TryParse(string? periodKey, out int year, out int quarter)
    {
        year = 0;
        quarter = 0;
        return periodKey is { Length: 7 } && periodKey[4..6] == "-Q"
            && int.TryParse(periodKey[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && periodKey[6] is >= '1' and <= '4' && (quarter = periodKey[6] - '0') > 0;
    }
}
