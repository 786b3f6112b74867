using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins.Normalization;

/// <summary>
/// Derives a task's status from its progress text (whitespace removed first, so "已 完成" counts). The rules, in order:
/// <list type="number">
/// <item>a full-year bulletin whose quantitative target is clearly missed (actual below 95% of a target, or above a ceiling) → notMet;</item>
/// <item>a completion phrase ("已完成", "已建成", "全部完成", "完成率100%", "已于…完成" …) with no in-progress phrase → completed;</item>
/// <item>an in-progress phrase ("正稳步推进", "有序推进", "正在", "加快推进" …), or a completion below 100% → inProgress;</item>
/// <item>every quantitative target met by its reported actual → completed;</item>
/// <item>otherwise unknown: the text reports activity without saying whether the task is done.</item>
/// </list>
/// A text with both kinds of phrase ("A 正在推进, B 已全部建成") is inProgress: part of the task is still open.
/// </summary>
public static partial class StatusClassifier
{
    /// <summary>An actual below this share of its target is a clear miss, not rounding or a late count.</summary>
    public const decimal ClearMissRatio = 0.95m;

    [GeneratedRegex(@"(?<!未|尚未|没有|未能|不能|待)(已完成|已全部完成|全部完成|均已完成|已建成|全部建成|已全部建成|建成投用|建成投运|已完工|全面完成|圆满完成|顺利完成|提前完成|超额完成|完成率(达)?100%|已于.{1,20}?完成|已达到|已实现|已通过验收|已投入使用|已投用|已投运|已开通|已上线|已出台|已印发)")]
    private static partial Regex CompletedPhrase();

    [GeneratedRegex(@"正稳步推进|稳步推进中|有序推进|正在|加快推进|推进中|进行中|持续推进|积极推进|扎实推进|全力推进|正积极|正加快|尚未完成|未完成|未能完成|前期工作|待完成|开展中|实施中|建设中|已完成\d{1,2}(\.\d+)?%|完成率(达)?\d{1,2}(\.\d+)?%")]
    private static partial Regex InProgressPhrase();

    /// <summary>A status with the evidence that decided it.</summary>
    public static StatusJudgement Judge(string taskText, string progress, IReadOnlyList<QuantitativeTarget> targets, ReportingPeriod period)
    {
        var status = Classify(progress, targets, period.FullYear);
        var basis = status == TaskStatus.Unclear ? StatusBasis.Nothing("noEvidence") : new StatusBasis(StatusBasisKind.Phrase, "legacyPhrase");
        return new StatusJudgement(status, basis);
    }

    public static TaskStatus Classify(string progress, IReadOnlyList<QuantitativeTarget> targets, bool fullYear)
    {
        if (fullYear && targets.Any(IsClearMiss))
        {
            return TaskStatus.NotMet;
        }

        var text = TextCleaner.RemoveAllWhitespace(progress);
        var inProgress = InProgressPhrase().IsMatch(text);
        if (CompletedPhrase().IsMatch(text) && !inProgress)
        {
            return TaskStatus.Completed;
        }

        if (inProgress)
        {
            return TaskStatus.InProgress;
        }

        return targets.Count > 0 && targets.All(t => t.Achieved == true) ? TaskStatus.Completed : TaskStatus.Unclear;
    }

    public static bool IsClearMiss(QuantitativeTarget target) => target.Actual is { } actual && (target.AtMost
        ? actual > target.Target
        : actual < target.Target * ClearMissRatio);
}
