namespace Wuhu.Bulletins.Model;

/// <summary>A quantitative target from the task text with the matching actual from the progress text.</summary>
/// <param name="Metric">What is measured, e.g. "新增公共停车泊位".</param>
/// <param name="Target">The target value in <paramref name="Unit"/>.</param>
/// <param name="Actual">The reported value in the same unit, when the progress text gives one.</param>
/// <param name="Unit">The unit as printed, e.g. "个", "%", "公里", "万元".</param>
public sealed record QuantitativeTarget(string Metric, decimal Target, decimal? Actual, string Unit)
{
    /// <summary>True when the actual reaches the target, false when it falls short, null when no actual is known.</summary>
    public bool? Achieved => Actual is { } actual ? actual >= Target : null;

    /// <summary>Actual / target, when both are known and the target is not zero.</summary>
    public decimal? Ratio => Actual is { } actual && Target != 0 ? actual / Target : null;
}
