using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Building;

/// <summary>
/// The tasks a manager must look at, most serious first, each with the evidence of its status. Quarters: 欠序时
/// (behind the time-proportional schedule); 达序时 tasks are on schedule and not listed. Full year: 未达标, then
/// tasks whose text says done but whose quantitative target is missed, then 推进中. 待核实 tasks are not listed
/// one by one here but in the compact "需核实" table (<see cref="Unclear"/>).
/// </summary>
internal static class AttentionList
{
    public static IReadOnlyList<AttentionItem> Build(IEnumerable<BulletinTask> tasks, bool quarterly) =>
    [
        .. tasks
            .Select(task => Classify(task, quarterly))
            .OfType<AttentionItem>()
            .OrderBy(item => item.ReasonKind)
            .ThenBy(item => item.Number),
    ];

    public static IReadOnlyList<UnclearItem> Unclear(IEnumerable<BulletinTask> tasks, bool quarterly) =>
    [
        .. tasks
            .Where(t => t.Status == TaskStatus.Unclear)
            .OrderBy(t => t.Number)
            .Select(t => new UnclearItem(t.Number, BasisText.Shorten(t.Text), TaskUnits.Of(t), BasisText.Describe(t.StatusBasis, quarterly))),
    ];

    private static AttentionItem? Classify(BulletinTask task, bool quarterly)
    {
        var missed = quarterly ? [] : task.Targets.Where(t => t.Achieved == false).ToList();
        AttentionReason? kind = task.Status switch
        {
            TaskStatus.Behind => AttentionReason.Behind,
            TaskStatus.NotMet => AttentionReason.NotMet,
            TaskStatus.Unclear => null,
            _ when missed.Count > 0 => AttentionReason.TargetMissed,
            TaskStatus.InProgress when !quarterly => AttentionReason.InProgress,
            _ => null,
        };
        if (kind is not { } reasonKind)
        {
            return null;
        }

        var reason = reasonKind switch
        {
            AttentionReason.Behind => "落后于序时进度",
            AttentionReason.NotMet => "未达到目标",
            AttentionReason.TargetMissed => "表述为完成,但量化目标未达成",
            _ => "年底仍在推进,尚未全部完成",
        };
        var evidence = reasonKind == AttentionReason.TargetMissed
            ? string.Join(";", missed.Select(Describe))
            : BasisText.Describe(task.StatusBasis, quarterly);
        return new AttentionItem(task.Number, task.Text, TaskUnits.Of(task), task.Status, reasonKind, reason, evidence);
    }

    private static string Describe(QuantitativeTarget target)
    {
        var metric = string.IsNullOrWhiteSpace(target.Metric) ? string.Empty : target.Metric + ":";
        if (target.AtMost)
        {
            return metric + BasisText.Ceiling(target.Target, target.Actual!.Value, target.Unit);
        }

        var text = $"{metric}目标{NumberText.Plain(target.Target)}{target.Unit},实际{NumberText.Plain(target.Actual!.Value)}{target.Unit}";
        return target.Ratio is { } ratio ? $"{text},完成{NumberText.Percent(ratio)}" : text;
    }
}
