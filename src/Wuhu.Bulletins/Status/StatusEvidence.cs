using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Status;

/// <summary>One deliverable item and what the progress text says of it (null when it says nothing).</summary>
internal sealed record ItemReport(Deliverable Deliverable, string Item, ReadClause? Clause)
{
    public ClauseState? State => Clause?.State;
}

/// <summary>
/// Everything the rules read: the task's plan, the progress read clause by clause, targets checked. The plan, the
/// target checks and the item reports are read on first use: most tasks are decided before a rule asks for them.
/// </summary>
internal sealed class StatusEvidence
{
    private readonly string compactTask;
    private readonly IReadOnlyList<QuantitativeTarget> targets;
    private TaskPlan? plan;
    private TargetCheck[]? checks;
    private ItemReport[]? firm;
    private ItemReport[]? soft;

    public StatusEvidence(string taskText, string progress, IReadOnlyList<QuantitativeTarget> targets, ReportingPeriod period)
    {
        Period = period;
        compactTask = TextCleanerBridge.Compact(taskText);
        this.targets = WithoutStretchGoals(compactTask, targets);
        Progress = ProgressReading.Read(TextCleanerBridge.Compact(progress));
    }

    public ReportingPeriod Period { get; }
    public bool Quarterly => !Period.FullYear;
    public TaskPlan Plan => plan ??= TaskPlan.Read(compactTask, targets);
    public ProgressReading Progress { get; }
    public TargetCheck[] Targets => checks ??= CheckTargets();
    public ItemReport[] Firm => firm ??= Reports(Plan.Firm);
    public ItemReport[] Soft => soft ??= Reports(Plan.Soft);

    /// <summary>A clause that names no item of its own and reports a result: "已完成。", "完成年度任务".</summary>
    public ReadClause? WholeTaskDone => Progress.WholeTask(ClauseState.Done);

    public ReadClause? WholeTaskUnderway => Progress.WholeTask(ClauseState.Underway);

    /// <summary>A target with no actual is still done when a result clause speaks of its measure ("…完工率100%").</summary>
    public ReadClause? DoneByPhrase(TargetCheck check)
    {
        var measure = Clauses.Meaningful(check.Target.Metric);
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

    private TargetCheck[] CheckTargets()
    {
        var made = new TargetCheck[targets.Count];
        for (var i = 0; i < made.Length; i++) made[i] = TargetCheck.Of(targets[i], Period, Progress);
        return made;
    }

    /// <summary>
    /// "增长10%,力争增长10.5%", "培育50家,力争70家以上": a stretch goal after a firm one in the same unit is an ambition,
    /// not the finish line; the office judges the firm target.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",，;；。");

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

    private ItemReport[] Reports(Deliverable[] deliverables)
    {
        if (deliverables.Length == 0) return [];
        var reports = new List<ItemReport>();
        foreach (var deliverable in deliverables)
        {
            for (var i = 0; i < deliverable.Items.Count; i++)
            {
                var item = deliverable.Items[i];
                reports.Add(new ItemReport(deliverable, item, Progress.BestAbout(item, deliverable.ItemWords[i])));
            }
        }

        return [.. reports];
    }
}

/// <summary>Keeps the status code on the same whitespace rules as the rest of the parser.</summary>
internal static class TextCleanerBridge
{
    public static string Compact(string text)
    {
        // Task and progress texts come cleaned and joined by single line breaks: usually nothing to remove.
        var span = text.AsSpan();
        if (!Normalization.TextCleaner.ContainsSpaceOtherThanNewLine(span) && !span.StartsWith('\n') && !span.EndsWith('\n') && !span.Contains("\n\n", StringComparison.Ordinal))
        {
            return text;
        }

        return string.Join("\n", text.Split('\n').Select(Normalization.TextCleaner.RemoveAllWhitespace).Where(l => l.Length > 0));
    }
}
