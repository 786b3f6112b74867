using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>The Chinese wording of each status, shared by every table and chart so they never disagree.</summary>
public static class StatusLabels
{
    /// <summary>Display order: finished first, then what needs a manager's eye.</summary>
    public static IReadOnlyList<TaskStatus> Ordered { get; } =
        [TaskStatus.Completed, TaskStatus.Ongoing, TaskStatus.InProgress, TaskStatus.Behind, TaskStatus.NotMet, TaskStatus.Unclear];

    public static string Of(TaskStatus status) => status switch
    {
        TaskStatus.Completed => "已完成",
        TaskStatus.InProgress => "推进中",
        TaskStatus.Behind => "欠序时",
        TaskStatus.Ongoing => "持续推进",
        TaskStatus.NotMet => "未达标",
        TaskStatus.Unclear => "待核实",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown task status."),
    };
}
