namespace Wuhu.Bulletins.Model;

/// <summary>What decided a task's status: a quoted phrase of the progress text or a target comparison.</summary>
public enum StatusBasisKind
{
    /// <summary>Nothing in the text decided it (only with <see cref="TaskStatus.Unclear"/>).</summary>
    None,
    /// <summary>A phrase of the progress text that states the outcome ("已全部完成", "进展缓慢").</summary>
    Phrase,
    /// <summary>A deliverable the task names, reported in the progress text ("建成X" → "X…建成通车").</summary>
    Deliverable,
    /// <summary>A numeric target compared with the reported actual.</summary>
    Target,
    /// <summary>A cumulative actual compared with the time-proportional share of the year (序时进度).</summary>
    Schedule,
    /// <summary>An open-ended task (深化/持续/加强…) with concrete actions reported.</summary>
    OpenEnded,
}

/// <summary>A target compared with its actual: the share achieved and, for quarters, the share expected by now.</summary>
/// <param name="Share">Actual ÷ target (for a ceiling, target ÷ actual is not used: see <see cref="AtMost"/>).</param>
/// <param name="ExpectedShare">The share due by the bulletin's date (0.25/0.5/0.75 for cumulative quantities in Q1/H1/Q3; 1 otherwise).</param>
public sealed record TargetComparison(string Metric, decimal Target, decimal Actual, string Unit, bool AtMost, decimal Share, decimal ExpectedShare)
{
    public string Describe()
    {
        var target = $"{Metric} 目标{(AtMost ? "≤" : "")}{Number(Target)}{Unit},实际{Number(Actual)}{Unit}";
        if (AtMost)
        {
            var margin = Target - Actual;
            return margin >= 0 ? $"{target},低于上限{Number(margin)}{MarginUnit}" : $"{target},超出上限{Number(-margin)}{MarginUnit}";
        }

        var done = $"{target},完成{Percent(Share)}";
        return ExpectedShare < 1 ? $"{done},序时{Percent(ExpectedShare)}" : done;
    }

    private string MarginUnit => Unit == "%" ? "个百分点" : Unit;

    private static string Number(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Percent(decimal share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}

/// <summary>The evidence of a status: its kind, the named rule that fired, and the phrase or comparison it read.</summary>
/// <param name="Rule">The named rule of <c>StatusRules</c> that decided, e.g. "deliverableReported", "scheduleBehind".</param>
/// <param name="Phrase">A short quotation (at most ~40 characters) from the progress text.</param>
public sealed record StatusBasis(StatusBasisKind Kind, string Rule, string? Phrase = null, TargetComparison? Comparison = null)
{
    public static StatusBasis Nothing(string rule) => new(StatusBasisKind.None, rule);

    /// <summary>
    /// The evidence in one Chinese line, as a manager reads it: the quoted phrase ("「已全部建成通车」") or the
    /// comparison ("目标3000个,实际2380个,完成79.3%,序时75%"). Empty when nothing decided.
    /// </summary>
    public string Describe()
    {
        if (Comparison is { } c) return c.Describe();
        return Phrase is { Length: > 0 } phrase ? Kind == StatusBasisKind.None ? phrase : $"「{phrase}」" : "";
    }
}
