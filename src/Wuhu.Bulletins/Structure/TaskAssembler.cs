using System.Buffers;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Status;

namespace Wuhu.Bulletins.Structure;

/// <summary>Turns raw rows into normalized tasks and reports numbering problems as warnings.</summary>
internal static class TaskAssembler
{
    public static List<BulletinTask> Assemble(IReadOnlyList<RawTask> rows, bool numbered, ReportingPeriod period, UnitNames unitNames, List<ParseWarning> warnings)
    {
        // One thread on purpose: building tasks on two threads was measured at a third more CPU and 8% more wall time
        // on a 2-core machine (the runtime's background JIT and GC already use the second core).
        var tasks = new List<BulletinTask>(rows.Count);
        var names = new NamePool();
        var previous = 0;
        // Sized once: grown by doubling, a 10,000-row set leaves its old tables on the large object heap.
        var seen = new HashSet<int>(rows.Count);
        foreach (var row in rows)
        {
            var number = NumberOf(row, numbered, previous, warnings);
            if (!seen.Add(number))
            {
                warnings.Add(new ParseWarning("duplicateNumber", $"task number {number} appears more than once ({row.Location}); both rows are kept."));
            }
            else if (number < previous)
            {
                warnings.Add(new ParseWarning("outOfOrderNumber", $"task number {number} ({row.Location}) comes after {previous}."));
            }

            tasks.Add(Build(row, number, period, warnings, names, unitNames));
            previous = Math.Max(previous, number);
        }

        ReportMissingNumbers(seen, numbered, warnings);
        return tasks;
    }

    private static int NumberOf(RawTask row, bool numbered, int previous, List<ParseWarning> warnings)
    {
        if (TaskNumber.TryParse(row.NumberText, out var number)) return number;
        if (numbered)
        {
            var printed = row.NumberText is null ? "empty" : $"\"{TextCleaner.CleanLine(row.NumberText)}\"";
            warnings.Add(new ParseWarning("badNumber", $"{row.Location}: task number is {printed}; numbered {previous + 1} after the previous task."));
        }

        return previous + 1;
    }

    private static void ReportMissingNumbers(HashSet<int> seen, bool numbered, List<ParseWarning> warnings)
    {
        if (!numbered || seen.Count == 0) return;
        var missing = Enumerable.Range(1, seen.Max()).Where(n => !seen.Contains(n)).ToList();
        foreach (var number in missing)
        {
            warnings.Add(new ParseWarning("missingNumber", $"task number {number} is missing: the numbers run 1–{seen.Max()} without it."));
        }
    }

    private static BulletinTask Build(RawTask row, int number, ReportingPeriod period, List<ParseWarning> warnings, NamePool names, UnitNames unitNames)
    {
        var text = TextCleaner.JoinParagraphs(row.TaskLines);
        var units = LeadUnits.Split(row.UnitLines, names);
        var (progress, byUnit) = SplitProgressByUnit(row.ProgressLines, units, names);
        var targets = TargetExtractor.Extract(text, progress);
        var remarks = row.HasRemarkLines ? TextCleaner.JoinParagraphs(row.RemarkLines) : "";

        if (text.Length == 0) warnings.Add(new ParseWarning("emptyTask", $"task {number} ({row.Location}) has no task text."));
        if (units.Count == 0) warnings.Add(new ParseWarning("noLeadUnits", $"task {number} ({row.Location}) names no lead unit."));
        if (progress.Length == 0) warnings.Add(new ParseWarning("noProgress", $"task {number} ({row.Location}) reports no progress."));

        var judgement = StatusClassifier.Judge(text, progress, targets, period);
        // Most rows name no cooperating unit: they share one empty list.
        IReadOnlyList<string> partners = row.HasPartnerLines ? LeadUnits.Split(row.PartnerLines, names) : [];
        return new BulletinTask
        {
            Number = number,
            Section = row.Section,
            Text = text,
            LeadUnits = unitNames.Canonicalize(units),
            LeadUnitsAsWritten = units,
            PartnerUnits = unitNames.Canonicalize(partners),
            PartnerUnitsAsWritten = partners,
            Progress = progress,
            ProgressByUnit = byUnit,
            Remarks = remarks.Length == 0 ? null : remarks,
            Status = judgement.Status,
            StatusBasis = judgement.Basis,
            Targets = targets,
        };
    }

    /// <summary>
    /// Unit lines inside the progress ("市发改委" / its text / "市财政局" / its text), or "市发改委:" prefixes, attribute
    /// the text that follows to that unit. Text before the first such line belongs to the units listed before it.
    /// The whole progress keeps every line, unit lines included, so nothing is lost.
    /// </summary>
    internal static (string Progress, IReadOnlyList<UnitProgress> ByUnit) SplitProgressByUnit(List<string> lines, List<string> units, NamePool? names = null)
    {
        // The cleaned lines go into one buffer, '\n' between them, which is the whole progress as it will be stored:
        // one string per task instead of one per line plus the joined one.
        var capacity = lines.Count;
        foreach (var line in lines) capacity += line.Length;
        char[]? rentedText = null;
        var buffer = capacity <= StackChars ? stackalloc char[capacity] : (rentedText = ArrayPool<char>.Shared.Rent(capacity));
        Range[]? rentedLines = null;
        var cleaned = lines.Count <= StackLines ? stackalloc Range[lines.Count] : (rentedLines = ArrayPool<Range>.Shared.Rent(lines.Count));
        var count = 0;
        var length = 0;
        string? only = null;
        var anyAttribution = false;
        foreach (var line in lines)
        {
            var start = count == 0 ? 0 : length + 1;
            var cleanLength = TextCleaner.CleanInto(line, buffer[start..]);
            if (cleanLength == 0) continue;
            if (count > 0) buffer[length] = '\n';
            length = start + cleanLength;
            cleaned[count++] = start..length;
            only = count == 1 ? line : null;
            var clean = buffer[start..length];
            anyAttribution = anyAttribution || LeadUnits.IsUnitLine(clean) || PrefixedUnit(clean, units) is not null;
        }

        var all = buffer[..length];
        // A single line that cleaning leaves as it is (a cell without indentation) is stored as it came.
        var progress = only is not null && all.SequenceEqual(only) ? only : all.ToString();
        // Most progress texts name no unit inside: they share one empty list.
        IReadOnlyList<UnitProgress> byUnit = [];
        if (anyAttribution)
        {
            var attributed = new List<UnitProgress>();
            AttributeToUnits(all, cleaned[..count], units, attributed, names);
            byUnit = attributed;
        }

        if (rentedText is not null) ArrayPool<char>.Shared.Return(rentedText);
        if (rentedLines is not null) ArrayPool<Range>.Shared.Return(rentedLines);
        return (progress, byUnit);
    }

    /// <summary>A task's progress is a few lines: buffers up to these sizes live on the stack.</summary>
    private const int StackChars = 1024;
    private const int StackLines = 64;

    /// <summary>
    /// The attribution itself (a minority of tasks): <paramref name="lines"/> are the cleaned lines' places in
    /// <paramref name="text"/>. Each unit's text is its lines (a prefixed line without its prefix) joined by line breaks.
    /// </summary>
    private static void AttributeToUnits(ReadOnlySpan<char> text, ReadOnlySpan<Range> lines, List<string> units, List<UnitProgress> byUnit, NamePool? names)
    {
        var currentUnit = units.Count > 0 ? string.Join("、", units) : null;
        Range[]? rented = null;
        var pieces = lines.Length <= StackLines ? stackalloc Range[lines.Length] : (rented = ArrayPool<Range>.Shared.Rent(lines.Length));
        var pieceCount = 0;
        foreach (var range in lines)
        {
            var line = text[range];
            if (LeadUnits.IsUnitLine(line))
            {
                Flush(text, pieces[..pieceCount], currentUnit, byUnit);
                pieceCount = 0;
                var named = LeadUnits.SplitLine(line, names);
                currentUnit = named.Count == 1 ? named[0] : string.Join("、", named);
                // A line of separators only ("、/") reads as a unit line that names nobody: its unit is "".
                if (named.Count == 0) named.Add("");
                foreach (var name in named)
                {
                    if (!units.Contains(name)) units.Add(name);
                }

                continue;
            }

            if (PrefixedUnit(line, units) is { } unit)
            {
                Flush(text, pieces[..pieceCount], currentUnit, byUnit);
                pieceCount = 0;
                currentUnit = unit;
                // The text after the colon, trimmed, as its own piece.
                var after = range.Start.Value + unit.Length + 1;
                var rest = text[after..range.End.Value];
                var trimmed = rest.Trim();
                var from = after + (rest.Length - rest.TrimStart().Length);
                pieces[pieceCount++] = from..(from + trimmed.Length);
                continue;
            }

            pieces[pieceCount++] = range;
        }

        Flush(text, pieces[..pieceCount], currentUnit, byUnit);
        if (rented is not null) ArrayPool<Range>.Shared.Return(rented);
    }

    /// <summary>The unit's collected pieces as one text, when there is a unit and anything to give it.</summary>
    private static void Flush(ReadOnlySpan<char> text, ReadOnlySpan<Range> pieces, string? unit, List<UnitProgress> byUnit)
    {
        if (unit is null || pieces.Length == 0) return;
        var length = pieces.Length - 1;
        foreach (var piece in pieces) length += piece.GetOffsetAndLength(text.Length).Length;
        char[]? rented = null;
        var joined = length <= StackChars ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length));
        var at = 0;
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0) joined[at++] = '\n';
            text[pieces[i]].CopyTo(joined[at..]);
            at += text[pieces[i]].Length;
        }

        byUnit.Add(new UnitProgress(unit, joined[..length].ToString()));
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
    }

    /// <summary>"市发改委:按月梳理…" — a listed unit followed by a colon: that unit, or null.</summary>
    private static string? PrefixedUnit(ReadOnlySpan<char> line, List<string> units)
    {
        foreach (var unit in units)
        {
            if (line.Length > unit.Length + 1 && line.StartsWith(unit, StringComparison.Ordinal) && line[unit.Length] is ':' or '：')
            {
                return unit;
            }
        }

        return null;
    }
}
