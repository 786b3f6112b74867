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
        // The raw lines are looked at first: nearly every line is ruled out as a task number without cleaning it,
        // and only the few that pass are cleaned (one list reused for all rows).
        var lines = new List<string>();
        for (var i = 0; i < rows.Count && i < tasks.Count; i++)
        {
            lines.Clear();
            AddNonBlank(rows[i].ProgressLines, lines);
            if (rows[i].HasRemarkLines) AddNonBlank(rows[i].RemarkLines, lines);
            var first = -1;
            var suspects = 0;
            for (var j = 0; j + 2 < lines.Count; j++)
            {
                if (!IsSuspect(lines, j)) continue;
                if (first < 0) first = j;
                suspects++;
            }

            if (suspects == 0) continue;
            warnings.Add(new ParseWarning(
                "suspectedMergedTasks",
                $"task {tasks[i].Number} ({rows[i].Location}) seems to hold {suspects} other task(s) in its progress: "
                + $"the line \"{TextCleaner.CleanLine(lines[first])}\" is followed by the task-like text \"{Shorten(TextCleaner.CleanLine(lines[first + 1]))}\" "
                + $"and the unit line \"{TextCleaner.CleanLine(lines[first + 2])}\". "
                + "Check the table's columns (a missing 序号 cell or merged rows); the figures for this task are unreliable."));
        }
    }

    private static void AddNonBlank(List<string> source, List<string> lines)
    {
        foreach (var line in source)
        {
            if (!TextCleaner.IsBlank(line)) lines.Add(line);
        }
    }

    /// <summary>A number-only line followed by text that is not a unit, then by a unit line (all as cleaned).</summary>
    private static bool IsSuspect(List<string> lines, int i) =>
        IsTaskNumber(lines[i])
        && !IsTaskNumber(lines[i + 1])
        && !LeadUnits.IsUnitLine(TextCleaner.CleanLine(lines[i + 1]))
        && (LeadUnits.IsUnitLine(TextCleaner.CleanLine(lines[i + 2]))
            || (i + 3 < lines.Count && LeadUnits.IsBrokenName(TextCleaner.CleanLine(lines[i + 2]), TextCleaner.CleanLine(lines[i + 3]))));

    /// <summary>
    /// <see cref="TaskNumber.TryParse"/> of the cleaned line. A line holding a CJK ideograph is never a number (cleaning
    /// and NFKC keep the ideograph, and the number pattern has no place for it): that rules out nearly every line
    /// before it is cleaned.
    /// </summary>
    private static bool IsTaskNumber(string line) =>
        line.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') < 0 && TaskNumber.TryParse(TextCleaner.CleanLine(line), out _);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
