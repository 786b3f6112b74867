using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>The Chinese wording of each status, shared by every table and chart so they never disagree.</summary>
public static class StatusLabels
{
    /// <summary>Display order: finished first, then open-ended work, then what needs a manager's eye.</summary>
    public static IReadOnlyList<TaskStatus> Ordered { get; } =
        [TaskStatus.Completed, TaskStatus.Ongoing, TaskStatus.InProgress, TaskStatus.Behind, TaskStatus.NotMet, TaskStatus.Unclear];

    /// <summary>The full-year wording ("推进中" for <see cref="TaskStatus.InProgress"/>).</summary>
    public static string Of(TaskStatus status) => Of(status, quarterly: false);

    /// <summary>
    /// In a quarterly bulletin the office judges against 序时进度: in progress and not behind reads "达序时".
    /// </summary>
    public static string Of(TaskStatus status, bool quarterly) => status switch
    {
        TaskStatus.Completed => "已完成",
        TaskStatus.InProgress => quarterly ? "达序时" : "推进中",
        TaskStatus.Behind => "欠序时",
        TaskStatus.Ongoing => "持续推进",
        TaskStatus.NotMet => "未达标",
        TaskStatus.Unclear => "待核实",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown task status."),
    };

    /// <summary>
    /// The statuses a bulletin of this kind uses, in display order: quarters have 欠序时 and no 未达标, the full
    /// year the reverse. A status outside the set still shows wherever a task carries it (see <see cref="Shown"/>).
    /// </summary>
    public static IReadOnlyList<TaskStatus> For(bool quarterly) =>
        [.. Ordered.Where(s => quarterly ? s != TaskStatus.NotMet : s != TaskStatus.Behind)];

    /// <summary>The statuses of <see cref="For"/> plus any other status that has tasks, in display order.</summary>
    public static IReadOnlyList<TaskStatus> Shown(bool quarterly, Func<TaskStatus, int> count)
    {
        var usual = For(quarterly);
        return [.. Ordered.Where(s => usual.Contains(s) || count(s) > 0)];
    }
}
