namespace Wuhu.Bulletins.Model;

/// <summary>A quantitative target from the task text with the matching actual from the progress text.</summary>
/// <param name="Metric">What is measured, e.g. "新增公共停车泊位".</param>
/// <param name="Target">The target value in <paramref name="Unit"/>.</param>
/// <param name="Actual">The reported value in the same unit, when the progress text gives one.</param>
/// <param name="Unit">The unit as printed, e.g. "个", "%", "公里", "万元".</param>
/// <param name="AtMost">True for ceilings ("控制在5.5%以内"): the target is met when the actual stays at or below it.</param>
public sealed record QuantitativeTarget(string Metric, decimal Target, decimal? Actual, string Unit, bool AtMost = false)
{
    /// <summary>True when the actual meets the target, false when it misses it, null when no actual is known.</summary>
    public bool? Achieved => Actual is { } actual ? (AtMost ? actual <= Target : actual >= Target) : null;

    /// <summary>Actual / target, when both are known and the target is not zero.</summary>
    public decimal? Ratio => Actual is { } actual && Target != 0 ? actual / Target : null;
}
