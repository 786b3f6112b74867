using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Building;

/// <summary>
/// The tasks a manager must look at, most serious first: not met, a quantitative target missed (even when the
/// text calls the task completed), still in progress, status unclear. In an interim (quarterly) bulletin an
/// actual below the year's target is progress, not a miss: it is shown as such and never ranks as a miss.
/// </summary>
internal static class AttentionList
{
    public static IReadOnlyList<AttentionItem> Build(IEnumerable<BulletinTask> tasks, bool interim) =>
    [
        .. tasks
            .Select(task => Classify(task, interim))
            .OfType<AttentionItem>()
            .OrderBy(item => item.ReasonKind)
            .ThenBy(item => item.Number),
    ];

    private static AttentionItem? Classify(BulletinTask task, bool interim)
    {
        var missed = task.Targets.Where(t => t.Achieved == false).ToList();
        if (interim && task.Status == TaskStatus.Completed)
        {
            return null;
        }

        AttentionReason? kind = task.Status switch
        {
            TaskStatus.NotMet => AttentionReason.NotMet,
            _ when missed.Count > 0 && !interim => AttentionReason.TargetMissed,
            TaskStatus.InProgress => AttentionReason.InProgress,
            TaskStatus.Unclear => AttentionReason.StatusUnknown,
            _ => null,
        };
        if (kind is not { } reasonKind)
        {
            return null;
        }

        var reason = reasonKind switch
        {
            AttentionReason.NotMet => "未完成目标",
            AttentionReason.TargetMissed => "量化目标未达成",
            AttentionReason.InProgress => "尚未完成,仍在推进",
            _ => "进度表述无法判断完成情况,需核实",
        };
        if (missed.Count > 0)
        {
            reason += ":" + string.Join(";", missed.Select(t => Describe(t, interim)));
        }

        return new AttentionItem(task.Number, task.Text, TaskUnits.Of(task), task.Status, reasonKind, reason);
    }

    private static string Describe(QuantitativeTarget target, bool interim)
    {
        var actual = interim ? "目前" : "实际";
        var text = $"{target.Metric} 目标{(target.AtMost ? "≤" : "")}{NumberText.Plain(target.Target)}{target.Unit},{actual}{NumberText.Plain(target.Actual!.Value)}{target.Unit}";
        return target.Ratio is { } ratio ? $"{text}({NumberText.Percent(ratio)})" : text;
    }
}
