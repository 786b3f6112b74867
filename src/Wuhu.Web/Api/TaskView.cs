using System.Globalization;
using Wuhu.Bulletins.Model;

namespace Wuhu.Web.Api;

/// <summary>One task as the 任务 page and the Excel export show it: status with its label and basis, units, targets.</summary>
public sealed record TaskView(
    int Number,
    string? Section,
    string Text,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> PartnerUnits,
    string Progress,
    string? Remarks,
    string Status,
    string StatusLabel,
    string? Basis,
    IReadOnlyList<string> Targets,
    PreviousView? Previous)
{
    public static TaskView Of(BulletinTask task, BulletinTask? previous, bool comparedWithPrevious, bool fullYear, bool previousFullYear = false) => new(
        task.Number,
        task.Section,
        task.Text,
        task.LeadUnits,
        TaskFacts.PartnerUnits(task),
        task.Progress,
        task.Remarks,
        task.Status.ToString(),
        TaskFacts.StatusLabel(task.Status, fullYear),
        TaskFacts.Basis(task),
        [.. task.Targets.Select(t => TargetText(t, fullYear))],
        !comparedWithPrevious ? null
            : previous is null ? new PreviousView(null, null, "new")
            : new PreviousView(previous.Status.ToString(), TaskFacts.StatusLabel(previous.Status, previousFullYear), previous.Status == task.Status ? "same" : "changed"));

    /// <summary>"新增公共停车泊位:目标 3500个,实际 3600个(达到)"; during the year a shortfall is 尚未达到, as in the reports.</summary>
    public static string TargetText(QuantitativeTarget target, bool fullYear)
    {
        var goal = $"{Format(target.Target)}{target.Unit}{(target.AtMost ? "以内" : "")}";
        var actual = target.Actual is { } a ? $"实际 {Format(a)}{target.Unit}" : "未报告实际值";
        var verdict = target.Achieved switch { true => "(达到)", false => fullYear ? "(未达到)" : "(尚未达到)", _ => "" };
        return $"{target.Metric}:目标 {goal},{actual}{verdict}";
    }

    private static string Format(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>The same task in the previous quarter: its status, or Change "new" when it was not there.</summary>
public sealed record PreviousView(string? Status, string? StatusLabel, string Change);
