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
public sealed record TargetComparison(string Metric, decimal Target, decimal Actual, string Unit, bool AtMost, decimal Share, decimal ExpectedShare);

/// <summary>The evidence of a status: its kind, the named rule that fired, and the phrase or comparison it read.</summary>
/// <param name="Rule">The named rule of <c>StatusRules</c> that decided, e.g. "deliverableReported", "scheduleBehind".</param>
/// <param name="Phrase">A short quotation (at most ~40 characters) from the progress text.</param>
public sealed record StatusBasis(StatusBasisKind Kind, string Rule, string? Phrase = null, TargetComparison? Comparison = null)
{
    public static StatusBasis Nothing(string rule) => new(StatusBasisKind.None, rule);
}
