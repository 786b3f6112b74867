using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Status;

/// <summary>One deliverable item (a stretch of the task text) and what the progress text says of it (null when it says nothing).</summary>
internal readonly record struct ItemReport(string Task, TextRange Name, ReadClause? Clause)
{
    public ReadOnlySpan<char> Item => Name.Of(Task);
    public ClauseState? State => Clause?.State;
}

/// <summary>
/// Everything the rules read: the task's plan, the progress read clause by clause, targets checked. The plan, the
/// target checks and the item reports are read on first use: most tasks are decided before a rule asks for them.
/// </summary>
/// <remarks>
/// The judge keeps one evidence per thread (<see cref="ForThisThread"/>) and loads each task into it: the plan, the
/// reading and the tables of checks and reports are reused, so judging a task allocates only its judgement. Nothing
/// the rules read outlives the judgement they make (a quotation is copied out; a comparison is made for the result).
/// </remarks>
internal sealed class StatusEvidence
{
    [ThreadStatic] private static StatusEvidence? reusable;

    private readonly TaskPlan plan = new();
    private readonly ProgressReading progress = new();
    private string compactTask = "";
    private IReadOnlyList<QuantitativeTarget> targets = [];
    private bool planRead, targetsChecked, firmReported, softReported;
    private TargetCheck[] checks = new TargetCheck[8];
    private ItemReport[] firm = new ItemReport[8];
    private ItemReport[] soft = new ItemReport[8];
    private int firmCount, softCount;

    private StatusEvidence()
    {
    }

    /// <summary>The evidence of one task, on its own (the judge reuses one per thread instead).</summary>
    public StatusEvidence(string taskText, string progress, IReadOnlyList<QuantitativeTarget> targets, ReportingPeriod period) =>
        Load(taskText, progress, targets, period);

    /// <summary>This thread's evidence loaded with a task. Valid until the thread's next call: the judge is not re-entered.</summary>
    public static StatusEvidence ForThisThread(string taskText, string progress, IReadOnlyList<QuantitativeTarget> targets, ReportingPeriod period) =>
        (reusable ??= new StatusEvidence()).Load(taskText, progress, targets, period);

    private StatusEvidence Load(string taskText, string progressText, IReadOnlyList<QuantitativeTarget> taskTargets, ReportingPeriod period)
    {
        Period = period;
        compactTask = TextCleanerBridge.Compact(taskText);
        targets = WithoutStretchGoals(compactTask, taskTargets);
        progress.Load(TextCleanerBridge.Compact(progressText));
        planRead = targetsChecked = firmReported = softReported = false;
        return this;
    }

    /// <summary>Lets go of the task's texts and targets once it is judged, so that the thread's evidence keeps no parse alive.</summary>
    public void Forget()
    {
        compactTask = "";
        targets = [];
        checks.AsSpan().Clear();
        firm.AsSpan(0, firmCount).Clear();
        soft.AsSpan(0, softCount).Clear();
        firmCount = softCount = 0;
        plan.Forget();
        progress.Forget();
        planRead = targetsChecked = firmReported = softReported = false;
    }

    public ReportingPeriod Period { get; private set; }
    public bool Quarterly => !Period.FullYear;
    public TaskPlan Plan => planRead ? plan : ReadPlan();
    public ProgressReading Progress => progress;
    public ReadOnlySpan<TargetCheck> Targets => (targetsChecked ? checks : CheckTargets()).AsSpan(0, targets.Count);
    public ReadOnlySpan<ItemReport> Firm => firmReported ? firm.AsSpan(0, firmCount) : ReportFirm();
    public ReadOnlySpan<ItemReport> Soft => softReported ? soft.AsSpan(0, softCount) : ReportSoft();

    /// <summary>A clause that names no item of its own and reports a result: "已完成。", "完成年度任务".</summary>
    public ReadClause? WholeTaskDone => Progress.WholeTask(ClauseState.Done);

    public ReadClause? WholeTaskUnderway => Progress.WholeTask(ClauseState.Underway);

    /// <summary>A target with no actual is still done when a result clause speaks of its measure ("…完工率100%").</summary>
    public ReadClause? DoneByPhrase(TargetCheck check)
    {
        var metric = check.Target.Metric;
        Span<char> distinct = metric.Length <= 256 ? stackalloc char[metric.Length] : new char[metric.Length];
        var measure = distinct[..Clauses.Meaningful(metric, distinct)];
        foreach (var c in Progress.All)
        {
            if (ProgressReading.SpeaksOfMeasure(measure, c) && c.State == ClauseState.Done
                && (StatusWords.FullRate().IsMatch(c.Text) || Clauses.SharedCount(measure, c.Text) >= measure.Length * 0.6))
            {
                return c;
            }
        }

        return null;
    }

    private TaskPlan ReadPlan()
    {
        planRead = true;
        return plan.Load(compactTask, targets);
    }

    private TargetCheck[] CheckTargets()
    {
        if (checks.Length < targets.Count) checks = new TargetCheck[targets.Count];
        for (var i = 0; i < targets.Count; i++) checks[i] = TargetCheck.Of(targets[i], Period, Progress);
        targetsChecked = true;
        return checks;
    }

    private ReadOnlySpan<ItemReport> ReportFirm()
    {
        firmCount = Reports(Plan.Firm, ref firm);
        firmReported = true;
        return firm.AsSpan(0, firmCount);
    }

    private ReadOnlySpan<ItemReport> ReportSoft()
    {
        softCount = Reports(Plan.Soft, ref soft);
        softReported = true;
        return soft.AsSpan(0, softCount);
    }

    private int Reports(ReadOnlySpan<Deliverable> deliverables, ref ItemReport[] reports)
    {
        var count = 0;
        foreach (var deliverable in deliverables)
        {
            for (var i = deliverable.FirstItem; i < deliverable.FirstItem + deliverable.ItemCount; i++)
            {
                if (count == reports.Length) Array.Resize(ref reports, count * 2);
                reports[count++] = new ItemReport(compactTask, plan.ItemRange(i), Progress.BestAbout(plan.ItemName(i), plan.ItemWords(i)));
            }
        }

        return count;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",，;；。");

    /// <summary>
    /// "增长10%,力争增长10.5%", "培育50家,力争70家以上": a stretch goal after a firm one in the same unit is an ambition,
    /// not the finish line; the office judges the firm target.
    /// </summary>

    private static IReadOnlyList<QuantitativeTarget> WithoutStretchGoals(string taskText, IReadOnlyList<QuantitativeTarget> targets)
    {
        // Nearly every task keeps all its targets: the same list is returned unless one is dropped.
        if (targets.Count < 2) return targets;
        Span<bool> stretch = targets.Count <= 64 ? stackalloc bool[targets.Count] : new bool[targets.Count];
        Span<char> number = stackalloc char[32];
        var any = false;
        var searchFrom = 0;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            target.Target.TryFormat(number, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
            var at = IndexOfFigure(taskText, number[..written], target.Unit, searchFrom);
            if (at >= 0) searchFrom = at + written;
            var lead = at > 0 ? taskText.AsSpan(Math.Max(0, at - 24), at - Math.Max(0, at - 24)) : [];
            var clauseLead = lead[(lead.LastIndexOfAny(ClauseEnds) + 1)..];
            stretch[i] = KeptInSameUnit(targets, stretch, i)
                && (clauseLead.Contains("力争", StringComparison.Ordinal) || clauseLead.Contains("争取", StringComparison.Ordinal));
            any |= stretch[i];
        }

        if (!any) return targets;
        var kept = new List<QuantitativeTarget>(targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            if (!stretch[i]) kept.Add(targets[i]);
        }

        return kept;
    }

    /// <summary>Where a figure followed by its unit ("70家") first occurs from a position on: IndexOf(number + unit).</summary>
    private static int IndexOfFigure(string text, ReadOnlySpan<char> number, string unit, int from)
    {
        while (true)
        {
            var found = text.AsSpan(from).IndexOf(number, StringComparison.Ordinal);
            if (found < 0) return -1;
            var at = from + found;
            if (text.AsSpan(at + number.Length).StartsWith(unit, StringComparison.Ordinal)) return at;
            from = at + 1;
        }
    }

    private static bool KeptInSameUnit(IReadOnlyList<QuantitativeTarget> targets, ReadOnlySpan<bool> stretch, int before)
    {
        for (var k = 0; k < before; k++)
        {
            if (!stretch[k] && targets[k].Unit == targets[before].Unit) return true;
        }

        return false;
    }
}

/// <summary>Keeps the status code on the same whitespace rules as the rest of the parser.</summary>
internal static class TextCleanerBridge
{
    public static string Compact(string text)
    {
        // Task and progress texts come cleaned and joined by single line breaks: usually nothing to remove.
        return NeedsCompacting(text) ? Compacted(text) : text;
    }

    /// <summary>
    /// True when the text has a space other than a line break, or a line break at either end or after another: one
    /// pass over it (this asks it of every task and progress text).
    /// </summary>
    private static bool NeedsCompacting(ReadOnlySpan<char> text)
    {
        // A line break first in the text counts as one after a line break.
        var previous = '\n';
        foreach (var c in text)
        {
            if (c == '\n' ? previous == '\n' : Normalization.TextCleaner.IsSpace(c)) return true;
            previous = c;
        }

        return text.Length > 0 && previous == '\n';
    }

    private static string Compacted(string text)
    {
        return string.Join("\n", text.Split('\n').Select(Normalization.TextCleaner.RemoveAllWhitespace).Where(l => l.Length > 0));
    }
}
