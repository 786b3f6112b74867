using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Bulletins that are not tables: each task a numbered paragraph ("1.地区生产总值比上年增长8.5%左右。") followed by
/// labelled lines (进展情况/完成情况/工作进展:…, 牵头责任单位/牵头单位:…, 协同责任单位/责任单位/配合单位:…, 备注:…),
/// under section headings ("一、…"). The labels may come in any order and the progress may run over several
/// paragraphs (numbered items "1.…" included).
/// </summary>
internal static partial class ListLayoutReader
{
    private enum Field
    {
        TaskText,
        Progress,
        Lead,
        Partner,
        /// <summary>责任单位: the lead when the task names no 牵头 unit, else cooperating.</summary>
        Responsible,
        Remarks,
        /// <summary>完成时限 / 时间节点: kept with its label among the remarks.</summary>
        Deadline,
    }

    [GeneratedRegex(@"^[【\[]?(?<label>[^:：【】\[\]]{1,16}?)[】\]]?\s*[:：]\s*(?<rest>.*)$")]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"^[^,，。;；、:：]{0,10}(完成情况|进展情况|工作进展|推进情况|落实情况|进展|完成进度|推进进度)$")]
    private static partial Regex ProgressLabel();

    [GeneratedRegex(@"^牵头(责任)?(单位|部门)$")]
    private static partial Regex LeadLabel();

    [GeneratedRegex(@"^(协同|配合|协办|参与|协作)(责任)?(单位|部门)$")]
    private static partial Regex PartnerLabel();

    [GeneratedRegex(@"^(责任(单位|部门)|主体责任单位)$")]
    private static partial Regex ResponsibleLabel();

    /// <summary>A label run into the previous sentence on one line ("…左右。进展情况:…"): after 。;； or a space.</summary>
    [GeneratedRegex(@"(?<=[。;；]|\s)\s*(?=[【\[]?(?:进展情况|完成情况|工作进展|推进情况|牵头责任单位|牵头单位|牵头部门|协同责任单位|协同单位|配合单位|配合部门|责任单位|责任部门|备注|完成时限|时间节点)[】\]]?\s*[:：])")]
    private static partial Regex InlineLabel();

    [GeneratedRegex(@"^(?:[(（](?<n>\d{1,4})[)）]|(?<n>\d{1,4})\s*[.．、](?!\d))\s*(?<text>\S.*)$")]
    private static partial Regex NumberedParagraph();

    private sealed record Entry(int Line, string Text, Field? Label, string Rest, int? Number, string NumberedText);

    private sealed class Task(RawTask row, int number)
    {
        public RawTask Row { get; } = row;
        public int Number { get; } = number;
        public HashSet<Field> Seen { get; } = [];
        public Field Open { get; set; } = Field.TaskText;
        /// <summary>The open label had text on its own line: for a unit label, the names are complete.</summary>
        public bool OpenLabelHadText { get; set; }
        public List<string> Responsible { get; } = [];
    }

    /// <summary>The tasks, when the text reads as a numbered list with labelled fields; otherwise null.</summary>
    public static TableLayout? TryRead(IReadOnlyList<string> lines)
    {
        var entries = Classify(lines);
        if (!LooksLikeList(entries)) return null;

        var warnings = new List<ParseWarning>();
        var preamble = new List<string>();
        var tasks = new List<Task>();
        string? section = null;
        string? progressHeader = null;
        var position = 0;
        for (var p = 0; p < entries.Count; p++)
        {
            if (entries[p].Label is not { } field) continue;
            var current = tasks.Count > 0 ? tasks[^1] : null;
            // A label the current task already has, or any label after its units, belongs to the next task.
            var needsTask = current is null || current.Seen.Contains(field) || IsUnitField(current.Open);
            if (needsTask && TaskStart(entries, position, p, current?.Number ?? 0) is { } start)
            {
                // Lines before the new task: the rest of the previous field, then any section headings.
                var headingsFrom = start;
                while (headingsFrom > position && TaskNumber.IsSectionHeading(entries[headingsFrom - 1].Text)) headingsFrom--;
                Place(entries, position, headingsFrom, current, preamble, warnings);
                if (headingsFrom < start) section = TextCleaner.CleanLine(entries[start - 1].Text);

                var entry = entries[start];
                var row = new RawTask { NumberText = entry.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Section = section, Location = $"line {entry.Line}" };
                row.TaskLines.Add(entry.NumberedText);
                current = new Task(row, entry.Number.Value);
                tasks.Add(current);
                position = start + 1;
            }

            Place(entries, position, p, current, preamble, warnings);
            if (current is null)
            {
                warnings.Add(new ParseWarning("unplacedText", $"line {entries[p].Line} is a labelled line before the first numbered task: \"{entries[p].Text}\""));
            }
            else
            {
                current.Seen.Add(field);
                current.Open = field;
                current.OpenLabelHadText = entries[p].Rest.Length > 0;
                if (field == Field.Progress) progressHeader ??= TextCleaner.RemoveAllWhitespace(LabelledLine().Match(entries[p].Text).Groups["label"].Value);
                AddToField(current, field, field == Field.Deadline ? entries[p].Text : entries[p].Rest);
            }

            position = p + 1;
        }

        Place(entries, position, entries.Count, tasks.Count > 0 ? tasks[^1] : null, preamble, warnings);
        foreach (var task in tasks) ResolveResponsible(task);

        var columns = new Dictionary<ColumnKind, int>
        {
            [ColumnKind.Number] = 0, [ColumnKind.Task] = 1, [ColumnKind.Units] = 2, [ColumnKind.PartnerUnits] = 3, [ColumnKind.Progress] = 4, [ColumnKind.Remarks] = 5,
        };
        var header = new HeaderRow(columns, progressHeader ?? "进展情况", columns.Count);
        return new TableLayout(header, preamble, [.. tasks.Select(t => t.Row)], warnings) { Layout = BulletinLayout.List };
    }

    private static List<Entry> Classify(IReadOnlyList<string> lines)
    {
        var entries = new List<Entry>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (TextCleaner.IsBlank(lines[i])) continue;
            var line = TextCleaner.CleanLine(lines[i]);
            // The page footer ends the list (print/close links, site furniture).
            if (PageNoise.IsFooter(line) && entries.Any(e => e.Label is not null)) break;
            foreach (var part in InlineLabel().Split(line))
            {
                if (part.Length > 0) Add(entries, i, part);
            }
        }

        return entries;
    }

    private static void Add(List<Entry> entries, int i, string text)
    {
        Field? label = null;
        var rest = "";
        if (text.Length <= 400 && LabelledLine().Match(text) is { Success: true } labelled && LabelOf(labelled.Groups["label"].Value) is { } kind)
        {
            label = kind;
            rest = labelled.Groups["rest"].Value.Trim();
        }

        var numbered = label is null ? NumberedParagraph().Match(text) : Match.Empty;
        entries.Add(new Entry(
            i + 1, text, label, rest,
            numbered.Success && int.TryParse(numbered.Groups["n"].Value, out var n) && n > 0 ? n : null,
            numbered.Success ? numbered.Groups["text"].Value : ""));
    }

    private static Field? LabelOf(string label)
    {
        var text = TextCleaner.RemoveAllWhitespace(label);
        if (LeadLabel().IsMatch(text)) return Field.Lead;
        if (PartnerLabel().IsMatch(text)) return Field.Partner;
        if (ResponsibleLabel().IsMatch(text)) return Field.Responsible;
        if (text == "备注") return Field.Remarks;
        if (text is "完成时限" or "时间节点" or "完成时间") return Field.Deadline;
        if (ProgressLabel().IsMatch(text)) return Field.Progress;
        return null;
    }

    /// <summary>A list: numbered paragraphs, most of them followed by a labelled line before the next one.</summary>
    private static bool LooksLikeList(List<Entry> entries)
    {
        var labelled = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Number is null) continue;
            for (var j = i + 1; j < entries.Count && j <= i + 4; j++)
            {
                if (entries[j].Label is not null)
                {
                    labelled++;
                    break;
                }

                if (entries[j].Number is not null) break;
            }
        }

        return labelled >= 1 && entries.Count(e => e.Label is not null) >= 2;
    }

    /// <summary>
    /// Where the task owning the label at <paramref name="label"/> starts: the last numbered paragraph before it
    /// that continues the numbering, else the last numbered paragraph (progress items "1.…" come before it).
    /// </summary>
    private static int? TaskStart(List<Entry> entries, int from, int label, int previousNumber)
    {
        int? last = null;
        for (var i = label - 1; i >= from; i--)
        {
            if (entries[i].Number is not { } number) continue;
            if (number == previousNumber + 1) return i;
            last ??= i;
        }

        return last;
    }

    /// <summary>Lines [from, to) continue the open field of <paramref name="task"/> (or are preamble before the first task).</summary>
    private static void Place(List<Entry> entries, int from, int to, Task? task, List<string> preamble, List<ParseWarning> warnings)
    {
        for (var i = from; i < to; i++)
        {
            var entry = entries[i];
            if (task is null)
            {
                preamble.Add(entry.Text);
            }
            else if (IsUnitField(task.Open) && (task.OpenLabelHadText || !LeadUnits.IsUnitLine(entry.Text)))
            {
                warnings.Add(new ParseWarning("unplacedText", $"line {entry.Line} follows the units of task {task.Number} and belongs to no field: \"{entry.Text}\""));
            }
            else
            {
                AddToField(task, task.Open, entry.Text);
            }
        }
    }

    private static void AddToField(Task task, Field field, string text)
    {
        if (text.Length == 0) return;
        var row = task.Row;
        switch (field)
        {
            case Field.TaskText: row.TaskLines.Add(text); break;
            case Field.Progress: row.ProgressLines.Add(text); break;
            case Field.Lead: row.UnitLines.Add(text); break;
            case Field.Partner: row.PartnerLines.Add(text); break;
            case Field.Responsible: task.Responsible.Add(text); break;
            case Field.Remarks: row.RemarkLines.Add(text); break;
            case Field.Deadline: row.RemarkLines.Add(text); break;
        }
    }

    private static void ResolveResponsible(Task task)
    {
        if (task.Responsible.Count == 0) return;
        (task.Seen.Contains(Field.Lead) ? task.Row.PartnerLines : task.Row.UnitLines).AddRange(task.Responsible);
    }

    private static bool IsUnitField(Field field) => field is Field.Lead or Field.Partner or Field.Responsible;
}
