using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Building;

/// <summary>
/// What a reader should know before trusting the figures of one bulletin: the parser's own warnings (in Chinese),
/// then gaps and repeats in the numbering, tasks without lead unit or progress, targets with no actual, unclear
/// statuses. Where our own check says the same as a parser warning, the parser's line is left out.
/// </summary>
internal static class DataQualityCheck
{
    /// <summary>Parser warning code → the code of our note that covers it.</summary>
    private static readonly Dictionary<string, string> CoveredWarnings = new(StringComparer.Ordinal)
    {
        ["missingNumber"] = "numberGap",
        ["duplicateNumber"] = "numberRepeated",
        ["noLeadUnits"] = "noLeadUnit",
        ["noProgress"] = "emptyProgress",
    };

    public static IReadOnlyList<DataQualityNote> Build(Bulletin bulletin)
    {
        var own = OwnNotes(bulletin);
        var ownCodes = own.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        // Info notes (e.g. names not in the unit directory) say what the parser did; they cast no doubt on the figures.
        var warnings = bulletin.Warnings
            .Where(w => w.Severity != WarningSeverity.Info)
            .Where(w => !(CoveredWarnings.TryGetValue(w.Code, out var ours) && ownCodes.Contains(ours)))
            .Select(w => new DataQualityNote(w.Code, bulletin.Source, null, ParseWarningText.Sentence(w), ParseWarningText.Kind(w.Code)));
        return [.. warnings, .. own];
    }

    private static List<DataQualityNote> OwnNotes(Bulletin bulletin)
    {
        var source = bulletin.Source;
        var notes = new List<DataQualityNote>();
        notes.AddRange(NumberingNotes(bulletin.Tasks, source));

        foreach (var task in TaskUnits.ByNumber(bulletin.Tasks))
        {
            if (TaskUnits.Of(task).Count == 0)
            {
                notes.Add(new DataQualityNote("noLeadUnit", source, task.Number, $"任务 {task.Number} 未列明牵头责任单位。", "未列明牵头单位"));
            }

            if (string.IsNullOrWhiteSpace(task.Progress))
            {
                notes.Add(new DataQualityNote("emptyProgress", source, task.Number, $"任务 {task.Number} 没有填写完成情况。", "未填写完成情况"));
            }

            foreach (var target in task.Targets.Where(t => t.Actual is null))
            {
                notes.Add(new DataQualityNote(
                    "noActual", source, task.Number,
                    $"任务 {task.Number} 的量化目标“{target.Metric} {(target.AtMost ? "≤" : "")}{NumberText.Plain(target.Target)}{target.Unit}”在完成情况中找不到对应的实际值。",
                    "量化目标无实际值"));
            }
        }

        var unclear = StatusFigures.Count(bulletin.Tasks, TaskStatus.Unclear);
        if (unclear > 0)
        {
            notes.Add(new DataQualityNote("statusUnclear", source, null, $"{unclear} 项任务的完成情况无法判断状态,已列入“需核实”表。", "状态待核实"));
        }

        return notes;
    }

    private static IEnumerable<DataQualityNote> NumberingNotes(IReadOnlyList<BulletinTask> tasks, string source)
    {
        if (tasks.Count == 0)
        {
            yield break;
        }

        var numbers = tasks.Select(t => t.Number).ToList();
        var present = numbers.ToHashSet();
        var missing = Enumerable.Range(numbers.Min(), numbers.Max() - numbers.Min() + 1).Where(n => !present.Contains(n)).ToList();
        if (missing.Count > 0)
        {
            yield return new DataQualityNote("numberGap", source, null, $"任务序号不连续,缺少:{string.Join("、", missing)}。", "任务序号不连续");
        }

        foreach (var repeated in numbers.GroupBy(n => n).Where(g => g.Count() > 1).OrderBy(g => g.Key))
        {
            yield return new DataQualityNote("numberRepeated", source, repeated.Key, $"任务序号 {repeated.Key} 出现 {repeated.Count()} 次。", "任务序号重复");
        }
    }
}
