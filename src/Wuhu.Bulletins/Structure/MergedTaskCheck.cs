using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// The structural self-check: a task whose progress (or remarks) holds what looks like the next task — a line that is
/// only a task number, then task-like text, then a unit line — means rows were merged (a column the parser
/// misread). The readers are meant to prevent it; if it still happens it is reported, never silent.
/// </summary>
internal static class MergedTaskCheck
{
    public static void Run(IReadOnlyList<RawTask> rows, IReadOnlyList<BulletinTask> tasks, List<ParseWarning> warnings)
    {
        for (var i = 0; i < rows.Count && i < tasks.Count; i++)
        {
            var lines = rows[i].ProgressLines.Concat(rows[i].RemarkLines).Where(l => !TextCleaner.IsBlank(l)).Select(TextCleaner.CleanLine).ToList();
            var suspects = Suspects(lines).ToList();
            if (suspects.Count == 0) continue;
            var first = suspects[0];
            warnings.Add(new ParseWarning(
                "suspectedMergedTasks",
                $"task {tasks[i].Number} ({rows[i].Location}) seems to hold {suspects.Count} other task(s) in its progress: "
                + $"the line \"{lines[first]}\" is followed by the task-like text \"{Shorten(lines[first + 1])}\" and the unit line \"{lines[first + 2]}\". "
                + "Check the table's columns (a missing 序号 cell or merged rows); the figures for this task are unreliable."));
        }
    }

    /// <summary>Indexes of number-only lines followed by text that is not a unit, then by a unit line.</summary>
    private static IEnumerable<int> Suspects(List<string> lines)
    {
        for (var i = 0; i + 2 < lines.Count; i++)
        {
            if (TaskNumber.TryParse(lines[i], out _)
                && !TaskNumber.TryParse(lines[i + 1], out _)
                && !LeadUnits.IsUnitLine(lines[i + 1])
                && (LeadUnits.IsUnitLine(lines[i + 2]) || (i + 3 < lines.Count && LeadUnits.IsBrokenName(lines[i + 2], lines[i + 3]))))
            {
                yield return i;
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
