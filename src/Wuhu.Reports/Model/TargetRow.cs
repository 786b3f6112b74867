namespace Wuhu.Reports.Model;

/// <summary>One quantitative target with its reported actual.</summary>
/// <param name="Ratio">Actual / target, null when no actual is known or the target is zero.</param>
/// <param name="Achieved">True when met, false when missed, null when no actual is known.</param>
/// <param name="AtMost">True for a ceiling ("控制在5.5%以内"): met when the actual stays at or below the target.</param>
public sealed record TargetRow(
    int TaskNumber,
    string Metric,
    decimal Target,
    decimal? Actual,
    string Unit,
    decimal? Ratio,
    bool? Achieved,
    bool AtMost = false);
