using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Status;

namespace Wuhu.Bulletins.Structure;

/// <summary>Turns raw rows into normalized tasks and reports numbering problems as warnings.</summary>
internal static class TaskAssembler
{
    public static List<BulletinTask> Assemble(IReadOnlyList<RawTask> rows, bool numbered, ReportingPeriod period, List<ParseWarning> warnings)
    {
        // One thread on purpose: building tasks on two threads was measured at a third more CPU and 8% more wall time
        // on a 2-core machine (the runtime's background JIT and GC already use the second core).
        var tasks = new List<BulletinTask>(rows.Count);
        var previous = 0;
        var seen = new HashSet<int>();
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

            tasks.Add(Build(row, number, period, warnings));
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

    private static BulletinTask Build(RawTask row, int number, ReportingPeriod period, List<ParseWarning> warnings)
    {
        var text = TextCleaner.JoinParagraphs(row.TaskLines);
        var units = LeadUnits.Split(row.UnitLines);
        var (progress, byUnit) = SplitProgressByUnit(row.ProgressLines, units);
        var targets = TargetExtractor.Extract(text, progress);
        var remarks = TextCleaner.JoinParagraphs(row.RemarkLines);

        if (text.Length == 0) warnings.Add(new ParseWarning("emptyTask", $"task {number} ({row.Location}) has no task text."));
        if (units.Count == 0) warnings.Add(new ParseWarning("noLeadUnits", $"task {number} ({row.Location}) names no lead unit."));
        if (progress.Length == 0) warnings.Add(new ParseWarning("noProgress", $"task {number} ({row.Location}) reports no progress."));

        var judgement = StatusClassifier.Judge(text, progress, targets, period);
        return new BulletinTask
        {
            Number = number,
            Section = row.Section,
            Text = text,
            LeadUnits = units,
            PartnerUnits = LeadUnits.Split(row.PartnerLines),
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
    private static (string Progress, List<UnitProgress> ByUnit) SplitProgressByUnit(List<string> lines, List<string> units)
    {
        var cleaned = new List<string>(lines.Count);
        var anyAttribution = false;
        foreach (var line in lines)
        {
            var clean = TextCleaner.CleanLine(line);
            if (clean.Length == 0) continue;
            cleaned.Add(clean);
            anyAttribution = anyAttribution || LeadUnits.IsUnitLine(clean) || PrefixedUnit(clean, units) is not null;
        }

        var byUnit = new List<UnitProgress>();
        if (!anyAttribution)
        {
            return (cleaned.Count == 1 ? cleaned[0] : string.Join("\n", cleaned), byUnit);
        }

        var currentUnit = units.Count > 0 ? string.Join("、", units) : null;
        var buffer = new List<string>();
        var paragraphs = new List<string>();
        void FlushUnit()
        {
            if (currentUnit is not null && buffer.Count > 0) byUnit.Add(new UnitProgress(currentUnit, string.Join("\n", buffer)));
            buffer.Clear();
        }

        foreach (var line in cleaned)
        {
            if (LeadUnits.IsUnitLine(line))
            {
                FlushUnit();
                currentUnit = string.Join("、", LeadUnits.Split([line]));
                AddUnits(units, currentUnit);
                paragraphs.Add(line);
                continue;
            }

            if (PrefixedUnit(line, units) is { } prefixed)
            {
                FlushUnit();
                currentUnit = prefixed.Unit;
                buffer.Add(prefixed.Text);
                paragraphs.Add(line);
                continue;
            }

            buffer.Add(line);
            paragraphs.Add(line);
        }

        FlushUnit();
        return (string.Join("\n", paragraphs), byUnit);
    }

    private static void AddUnits(List<string> units, string joined)
    {
        foreach (var unit in joined.Split('、'))
        {
            if (!units.Contains(unit)) units.Add(unit);
        }
    }

    /// <summary>"市发改委:按月梳理…" — a listed unit followed by a colon.</summary>
    private static (string Unit, string Text)? PrefixedUnit(string line, List<string> units)
    {
        foreach (var unit in units)
        {
            if (line.Length > unit.Length + 1 && line.StartsWith(unit, StringComparison.Ordinal) && line[unit.Length] is ':' or '：')
            {
                return (unit, line[(unit.Length + 1)..].Trim());
            }
        }

        return null;
    }
}
