using System.Globalization;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Status;

internal enum TargetVerdict
{
    /// <summary>No actual for the year in the text (none, or only a partial-year figure in a full-year bulletin).</summary>
    NoActual,
    Met,
    /// <summary>Full year: 95–100% of the target — not done, not clearly missed.</summary>
    Near,
    /// <summary>Full year: below 95% of the target, or above a ceiling.</summary>
    Missed,
    /// <summary>Quarter: at or above the time-proportional share (or a rate at its target).</summary>
    OnSchedule,
    /// <summary>Quarter: clearly below the time-proportional share, or a rate clearly off its target.</summary>
    Behind,
}

/// <summary>A target judged against its actual, as the office does: the whole year, or the share due by this quarter.</summary>
/// <remarks>
/// A value, not an object: a task's checks live in the judge's reusable table. The <see cref="TargetComparison"/> the
/// result shows is made only for the check a judgement quotes (<see cref="Comparison"/>).
/// </remarks>
/// <param name="Compared">True when the target has an actual to compare with (<see cref="Share"/> and <see cref="ExpectedShare"/> are set).</param>
internal readonly record struct TargetCheck(QuantitativeTarget Target, TargetVerdict Verdict, bool Compared, decimal Share, decimal ExpectedShare, bool PartialYear)
{
    /// <summary>An actual below this share of the target is a clear miss, not rounding or a late count.</summary>
    public const decimal ClearMissShare = 0.95m;

    /// <summary>A cumulative actual below this share of the pro-rata expectation is behind schedule (a clear margin).</summary>
    public const decimal ScheduleTolerance = 0.9m;

    public static TargetCheck Of(QuantitativeTarget target, ReportingPeriod period, ProgressReading progress)
    {
        if (target.Actual is not { } actual || target.Target == 0)
        {
            return new TargetCheck(target, TargetVerdict.NoActual, false, 0, 0, false);
        }

        if (period.FullYear && FromPartialYear(actual, progress))
        {
            return new TargetCheck(target, TargetVerdict.NoActual, false, 0, 0, true);
        }

        var rate = IsRate(target);
        var expected = period.FullYear || rate ? 1m : period.Quarter / 4m;
        var share = Math.Round(actual / target.Target, 4);
        var verdict = (period.FullYear, rate, target.AtMost) switch
        {
            (true, _, true) => actual <= target.Target ? TargetVerdict.Met : TargetVerdict.Missed,
            (true, _, false) => share >= 1 ? TargetVerdict.Met : share >= ClearMissShare ? TargetVerdict.Near : TargetVerdict.Missed,
            // Rates are not cumulative: compared with the year's target directly, and never "done" before year end.
            (false, true, true) => actual <= target.Target ? TargetVerdict.OnSchedule : TargetVerdict.Behind,
            (false, true, false) => share >= ClearMissShare ? TargetVerdict.OnSchedule : TargetVerdict.Behind,
            (false, false, _) => share >= 1 ? TargetVerdict.Met : share >= expected * ScheduleTolerance ? TargetVerdict.OnSchedule : TargetVerdict.Behind,
        };
        return new TargetCheck(target, verdict, true, share, expected, false);
    }

    /// <summary>The comparison a judgement quotes (only for a check with an actual: <see cref="Compared"/>).</summary>
    public TargetComparison Comparison() =>
        new(Target.Metric, Target.Target, Target.Actual!.Value, Target.Unit, Target.AtMost, Share, ExpectedShare);

    /// <summary>Percentages and rates (覆盖率, 占比, 失业率) are levels, not quantities that add up over the year.</summary>
    private static bool IsRate(QuantitativeTarget target) =>
        target.Unit is "%" or "个百分点" || target.Metric.Contains('率') || target.Metric.Contains("比重") || target.Metric.Contains("占比");

    private static bool FromPartialYear(decimal actual, ProgressReading progress)
    {
        // Every sentence that gives the figure dates it to part of the year (and at least one gives it): never so
        // when no sentence is dated so, which is most texts; the figure need not be written out then.
        if (!progress.AnyPartialYear) return false;
        Span<char> number = stackalloc char[32];
        actual.TryFormat(number, out var written, provider: CultureInfo.InvariantCulture);
        number = number[..written];
        var found = false;
        for (var s = 0; s < progress.SentenceCount; s++)
        {
            if (!progress.Sentence(s).Contains(number, StringComparison.Ordinal)) continue;
            if (progress.PartialYearAt(s) < 0) return false;
            found = true;
        }

        return found;
    }
}
