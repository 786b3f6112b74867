using Wuhu.Bulletins.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

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
    bool AtMost = false)
{
    /// <summary>
    /// The verdict a reader sees and the status colour it takes. Mid-year (<paramref name="interim"/>) an actual below
    /// the year's target is progress still to be made ("尚未达到"), not a miss ("未达成").
    /// </summary>
    public (string Label, TaskStatus Tone) Verdict(bool interim) => Achieved switch
    {
        true => ("达成", TaskStatus.Completed),
        false when interim => ("尚未达到", TaskStatus.InProgress),
        false => ("未达成", TaskStatus.NotMet),
        null => ("无实际值", TaskStatus.Unclear),
    };

    /// <summary>
    /// How far the actual is from the target: the share achieved ("84.0%"), or for a ceiling the margin to it
    /// ("低于上限0.4个百分点", "超出上限0.3个百分点"), since a ratio of a ceiling reads as a shortfall. "—" without an actual.
    /// </summary>
    public string Extent
    {
        get
        {
            if (Actual is not { } actual)
            {
                return "—";
            }

            if (AtMost)
            {
                var margin = Math.Abs(Target - actual);
                var unit = Unit == "%" ? "个百分点" : Unit;
                return actual > Target ? $"超出上限{Building.NumberText.Plain(margin)}{unit}"
                    : margin == 0 ? "恰好等于上限" : $"低于上限{Building.NumberText.Plain(margin)}{unit}";
            }

            return Ratio is { } ratio ? Building.NumberText.Percent(ratio) : "—";
        }
    }
}
