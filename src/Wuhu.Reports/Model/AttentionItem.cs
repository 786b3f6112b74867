using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>A task a manager should look at: behind schedule, not met, still in progress, or with a missed target.</summary>
/// <param name="Reason">Why it is listed, in Chinese, e.g. "未达到目标".</param>
/// <param name="Evidence">What decided its status, in Chinese: the quoted phrase or the target comparison.</param>
public sealed record AttentionItem(
    int Number,
    string Text,
    IReadOnlyList<string> Units,
    TaskStatus Status,
    AttentionReason ReasonKind,
    string Reason,
    string Evidence);

/// <summary>Why a task is on the needs-attention list; also its sort order (most serious first).</summary>
public enum AttentionReason
{
    /// <summary>欠序时 (quarters).</summary>
    Behind,
    /// <summary>未达标 (full year).</summary>
    NotMet,
    /// <summary>The text says completed but a quantitative target is missed (full year).</summary>
    TargetMissed,
    /// <summary>推进中 at year end: some of the deliverable is not done.</summary>
    InProgress,
}

/// <summary>A task whose status a careful reader cannot decide (待核实), listed compactly with the reason.</summary>
/// <param name="ShortText">The task text cut to about 40 characters.</param>
/// <param name="Why">Why it cannot be decided, in Chinese.</param>
public sealed record UnclearItem(int Number, string ShortText, IReadOnlyList<string> Units, string Why);
