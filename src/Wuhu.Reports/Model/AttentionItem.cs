using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>A task a manager should look at: not completed, not met, unclear, or with a missed target.</summary>
/// <param name="Reason">Why it is listed, in Chinese, e.g. "量化目标未达成:新增泊位 目标 5000个,实际 4200个(84.0%)".</param>
public sealed record AttentionItem(
    int Number,
    string Text,
    IReadOnlyList<string> Units,
    TaskStatus Status,
    AttentionReason ReasonKind,
    string Reason)
{
    public string StatusLabel => StatusLabels.Of(Status);
}

/// <summary>Why a task is on the needs-attention list; also its sort order (most serious first).</summary>
public enum AttentionReason
{
    NotMet,
    TargetMissed,
    InProgress,
    StatusUnknown,
}
