using Wuhu.Bulletins.Model;

namespace Wuhu.Reports.Building;

/// <summary>Chinese wording of periods, used in titles, labels and change lists.</summary>
public static class PeriodText
{
    private static readonly string[] QuarterNumerals = ["一", "二", "三", "四"];

    public static string QuarterName(int quarter) =>
        quarter is >= 1 and <= 4
            ? $"第{QuarterNumerals[quarter - 1]}季度"
            : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Quarter must be 1–4.");

    /// <summary>"2023年全年" or "2023年第三季度".</summary>
    public static string Label(ReportingPeriod period) =>
        period.FullYear ? $"{period.Year}年全年" : $"{period.Year}年{QuarterName(period.Quarter)}";

    /// <summary>Axis label of a trend point: "Q1"…"Q4", or "全年" for the full-year bulletin.</summary>
    public static string ShortLabel(ReportingPeriod period) => period.FullYear ? "全年" : $"Q{period.Quarter}";

    /// <summary>How a list of found periods is named in error messages, e.g. "2023-Q3, 2023-Q4 (全年)".</summary>
    public static string Describe(IEnumerable<ReportingPeriod> periods)
    {
        var names = periods
            .OrderBy(p => p.Year).ThenBy(p => p.Quarter).ThenBy(p => p.FullYear)
            .Select(p => p.FullYear ? $"{p.Key} (全年)" : p.Key)
            .ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
