using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Status;

/// <summary>One deliverable item and what the progress text says of it (null when it says nothing).</summary>
internal sealed record ItemReport(Deliverable Deliverable, string Item, ReadClause? Clause)
{
    public ClauseState? State => Clause?.State;
}

/// <summary>Everything the rules read: the task's plan, the progress read clause by clause, targets checked.</summary>
internal sealed class StatusEvidence
{
    public StatusEvidence(string taskText, string progress, IReadOnlyList<QuantitativeTarget> targets, ReportingPeriod period)
    {
        Period = period;
        var compactTask = TextCleanerBridge.Compact(taskText);
        targets = WithoutStretchGoals(compactTask, targets);
        Plan = TaskPlan.Read(compactTask, targets);
        Progress = ProgressReading.Read(TextCleanerBridge.Compact(progress));
        Targets = [.. targets.Select(t => TargetCheck.Of(t, period, Progress.Sentences))];
        Firm = [.. Plan.Firm.SelectMany(d => Reports(d))];
        Soft = [.. Plan.Soft.SelectMany(d => Reports(d))];
    }

    public ReportingPeriod Period { get; }
    public bool Quarterly => !Period.FullYear;
    public TaskPlan Plan { get; }
    public ProgressReading Progress { get; }
    public IReadOnlyList<TargetCheck> Targets { get; }
    public IReadOnlyList<ItemReport> Firm { get; }
    public IReadOnlyList<ItemReport> Soft { get; }

    /// <summary>A clause that names no item of its own and reports a result: "已完成。", "完成年度任务".</summary>
    public ReadClause? WholeTaskDone => Progress.WholeTask.FirstOrDefault(c => c.State == ClauseState.Done);

    public ReadClause? WholeTaskUnderway => Progress.WholeTask.FirstOrDefault(c => c.State == ClauseState.Underway);

    /// <summary>A target with no actual is still done when a result clause speaks of its measure ("…完工率100%").</summary>
    public ReadClause? DoneByPhrase(TargetCheck check)
    {
        var measure = Clauses.Meaningful(check.Target.Metric);
        return Progress.AboutMeasure(measure).FirstOrDefault(c => c.State == ClauseState.Done
            && (StatusWords.FullRate().IsMatch(c.Text) || Clauses.SharedCount(measure, c.Text) >= measure.Count * 0.6));
    }

    /// <summary>
    /// "增长10%,力争增长10.5%", "培育50家,力争70家以上": a stretch goal after a firm one in the same unit is an ambition,
    /// not the finish line; the office judges the firm target.
    /// </summary>
    private static readonly char[] ClauseEnds = [',', '，', ';', '；', '。'];

    private static IReadOnlyList<QuantitativeTarget> WithoutStretchGoals(string taskText, IReadOnlyList<QuantitativeTarget> targets)
    {
        var kept = new List<QuantitativeTarget>();
        var searchFrom = 0;
        foreach (var target in targets)
        {
            var number = target.Target.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var at = taskText.IndexOf(number + target.Unit, searchFrom, StringComparison.Ordinal);
            if (at >= 0) searchFrom = at + number.Length;
            var lead = at > 0 ? taskText[Math.Max(0, at - 24)..at] : "";
            var clauseLead = lead[(lead.LastIndexOfAny(ClauseEnds) + 1)..];
            var stretch = kept.Any(k => k.Unit == target.Unit) && (clauseLead.Contains("力争") || clauseLead.Contains("争取"));
            if (!stretch) kept.Add(target);
        }

        return kept;
    }

    private IEnumerable<ItemReport> Reports(Deliverable deliverable) =>
        deliverable.Items.Select((item, i) => new ItemReport(deliverable, item, Best(Progress.About(item, deliverable.ItemWords[i]))));

    /// <summary>What the text says of an item: a result beats work underway, which beats a bare action or a mention.</summary>
    private static ReadClause? Best(IEnumerable<ReadClause> clauses)
    {
        ReadClause? best = null;
        foreach (var clause in clauses)
        {
            if (best is null || Rank(clause.State) < Rank(best.State)) best = clause;
        }

        return best;
    }

    private static int Rank(ClauseState state) => state switch
    {
        ClauseState.Shortfall => 0,
        ClauseState.Done => 1,
        ClauseState.Underway => 2,
        ClauseState.Acted => 3,
        _ => 4,
    };
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
