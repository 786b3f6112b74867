using Wuhu.Bulletins.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins.Status;

/// <summary>A named reading of the evidence: returns a judgement when it applies, null to let the next rule decide.</summary>
internal sealed record StatusRule(string Name, string Reads, Func<StatusEvidence, StatusJudgement?> Apply);

/// <summary>
/// The office's readings, in the order they are tried (the first that applies decides). Each is a general reading
/// of the language of bulletins (../shared/notes/status-guide.md); each has its own tests in StatusRuleTests.
/// </summary>
internal static class StatusRules
{
    public static StatusRule[] All { get; } =
    [
        new("statedShortfall", "the text says the work was not achieved, is late or behind (未完成, 顺延, 滞后, 尚未开工…)", StatedShortfall),
        new("targetMissed", "full year: an actual below 95% of its target, or above a ceiling", TargetMissed),
        new("scheduleBehind", "quarter: a cumulative actual below 90% of the share due by now (序时进度), or a rate clearly off", ScheduleBehind),
        new("preparationOnly", "quarter: a count to deliver with only preparation reported (设计, 招标, 策划, 梳理…)", PreparationOnly),
        new("statedShare", "the text states the share of the year's goal done (完成年度目标的76%): against 序时 in a quarter, 95% at year end", StatedShare),
        new("partialYearOnly", "full year: the only figures are for part of the year (前三季度…)", PartialYearOnly),
        new("deliverableUnderway", "a deliverable of the task reported underway (正在, 有序推进, 积极推进…开工)", DeliverableUnderway),
        new("targetNear", "full year: an actual at 95–100% of its target", TargetNear),
        new("allDelivered", "every target met and every named deliverable reported done", AllDelivered),
        new("wholeTaskDone", "a result stated of the task as a whole (已完成, 完成年度任务, 全部完成)", WholeTaskDone),
        new("onSchedule", "quarter: cumulative actuals at or above the share due by now, or work reported underway", OnSchedule),
        new("deliverableUnreported", "the task has a finish line the text does not report on (a target without its actual, a named project not mentioned)", DeliverableUnreported),
        new("aimsReportedDone", "a task of aims without a finish line whose every aim is reported done", AimsReportedDone),
        new("openEndedActions", "an open-ended task (深化, 持续, 加强…) with concrete actions reported", OpenEndedActions),
        new("noEvidence", "nothing in the text decides", _ => new StatusJudgement(TaskStatus.Unclear, StatusBasis.Nothing("noEvidence"))),
    ];

    // The rules below loop by hand rather than with LINQ: they run for every task, and a lambda that captures the
    // evidence costs an allocation each time.

    private static StatusJudgement? StatedShortfall(StatusEvidence e)
    {
        foreach (var clause in e.Progress.All)
        {
            if (clause.State == ClauseState.Shortfall) return Phrase(e.Quarterly ? TaskStatus.Behind : TaskStatus.NotMet, "statedShortfall", clause);
        }

        return null;
    }

    private static StatusJudgement? TargetMissed(StatusEvidence e) =>
        e.Quarterly ? null : Worst(e, TargetVerdict.Missed, TaskStatus.NotMet, StatusBasisKind.Target, "targetMissed");

    private static StatusJudgement? ScheduleBehind(StatusEvidence e) =>
        e.Quarterly ? Worst(e, TargetVerdict.Behind, TaskStatus.Behind, StatusBasisKind.Schedule, "scheduleBehind") : null;

    private static StatusJudgement? PreparationOnly(StatusEvidence e)
    {
        // A count of things prepared ("8个项目完成策划") is not a count delivered.
        if (!e.Quarterly || !e.Plan.Counts) return null;
        ReadClause? first = null;
        foreach (var clause in e.Progress.All)
        {
            if (clause.Generic) continue;
            if (!StatusWords.PreparationWords.IsMatch(clause.Text)) return null;
            first ??= clause;
        }

        return first is { } found ? Phrase(TaskStatus.Behind, "preparationOnly", found) : null;
    }

    private static StatusJudgement? StatedShare(StatusEvidence e)
    {
        // Every form of the phrase ends in a percent sign: a text without one needs no regex pass.
        if (!e.Progress.Text.Contains('%') || FirstStatedShare(e.Progress.Text) is not { } found) return null;
        var stated = e.Progress.Text.AsSpan(found.Index, found.Length);
        var share = decimal.Parse(ShareOf(stated), System.Globalization.CultureInfo.InvariantCulture) / 100;
        var expected = e.Quarterly ? e.Period.Quarter / 4m : 1m;
        var status = share >= 1 ? TaskStatus.Completed
            : e.Quarterly ? share >= expected * TargetCheck.ScheduleTolerance ? TaskStatus.InProgress : TaskStatus.Behind
            : share >= TargetCheck.ClearMissShare ? TaskStatus.InProgress : TaskStatus.NotMet;
        var clause = e.Progress.All[0];
        foreach (var candidate in e.Progress.All)
        {
            if (candidate.Text.Contains(stated, StringComparison.Ordinal))
            {
                clause = candidate;
                break;
            }
        }

        var kind = e.Quarterly ? StatusBasisKind.Schedule : StatusBasisKind.Phrase;
        return new StatusJudgement(status, new StatusBasis(kind, "statedShare", Clauses.Quote(clause.Text, clause.Text.IndexOf(stated, StringComparison.Ordinal))));
    }

    /// <summary>The first match of <see cref="StatusWords.StatedShare"/>, read without a Match object.</summary>
    private static (int Index, int Length)? FirstStatedShare(string text)
    {
        foreach (var match in StatusWords.StatedShare().EnumerateMatches(text)) return (match.Index, match.Length);
        return null;
    }

    /// <summary>
    /// The pattern's share group: every form ends in <c>(?&lt;share&gt;\d{1,3}(\.\d+)?)%</c> after a word that is neither a
    /// digit nor a point, so the share is the run of digits and points before the final %.
    /// </summary>
    private static ReadOnlySpan<char> ShareOf(ReadOnlySpan<char> stated)
    {
        var number = stated[..^1];
        var start = number.Length;
        while (start > 0 && (char.IsDigit(number[start - 1]) || number[start - 1] == '.')) start--;
        return number[start..];
    }

    private static StatusJudgement? PartialYearOnly(StatusEvidence e)
    {
        if (e.Quarterly || e.WholeTaskDone is not null) return null;
        // Sentences with figures, and those of them dated to part of the year (the first of these is quoted).
        var progress = e.Progress;
        int withFigures = 0, partial = 0, first = -1;
        for (var s = 0; s < progress.SentenceCount; s++)
        {
            if (!progress.Sentence(s).ContainsAnyInRange('0', '9')) continue;
            withFigures++;
            if (progress.PartialYearAt(s) < 0) continue;
            partial++;
            if (first < 0) first = s;
        }

        if (partial == 0 || partial < withFigures && !AnyTarget(e, static t => t.PartialYear)) return null;
        if (AnyTarget(e, static t => t.Verdict is TargetVerdict.Met)) return null;
        return new StatusJudgement(TaskStatus.Unclear, new StatusBasis(StatusBasisKind.Phrase, "partialYearOnly",
            Clauses.Quote(progress.Sentence(first), progress.PartialYearAt(first))));
    }

    private static StatusJudgement? DeliverableUnderway(StatusEvidence e)
    {
        if (!e.Plan.HasFinishLine) return null;
        var underway = FirstReport(e.Firm, ClauseState.Underway, ClauseState.Mention)
            ?? FirstReport(e.Soft, ClauseState.Underway, ClauseState.Underway)
            ?? e.WholeTaskUnderway;
        if (underway is not { } reported) return null;
        if (e.Quarterly && FirstTarget(e, TargetVerdict.OnSchedule, TargetVerdict.OnSchedule) is { } onTrack)
        {
            return Compared(TaskStatus.InProgress, StatusBasisKind.Schedule, "onSchedule", onTrack);
        }

        return Phrase(TaskStatus.InProgress, "deliverableUnderway", reported);
    }

    private static StatusJudgement? TargetNear(StatusEvidence e) =>
        e.Quarterly ? null : Worst(e, TargetVerdict.Near, TaskStatus.InProgress, StatusBasisKind.Target, "targetNear");

    private static StatusJudgement? AllDelivered(StatusEvidence e)
    {
        if (!e.Plan.HasFinishLine) return null;
        // In a quarter only cumulative quantities can be finished early; a rate is judged at year end.
        foreach (var t in e.Targets)
        {
            if (!(t.Verdict == TargetVerdict.Met || t.Verdict == TargetVerdict.NoActual && e.DoneByPhrase(t) is not null)) return null;
        }

        foreach (var r in e.Firm)
        {
            if (r.State is not (ClauseState.Done or ClauseState.Acted)) return null;
        }

        if (FirstTarget(e, TargetVerdict.Met, TargetVerdict.Met) is { } met && e.Firm.Length == 0)
        {
            TargetCheck? lowest = null;
            foreach (var t in e.Targets)
            {
                // The first of the lowest shares, as MinBy keeps it.
                if (t.Compared && (lowest is null || t.Share < lowest.Value.Share)) lowest = t;
            }

            return Compared(TaskStatus.Completed, StatusBasisKind.Target, "allDelivered", lowest ?? met);
        }

        var evidence = FirstReport(e.Firm, ClauseState.Done, ClauseState.Done)
            ?? (e.Firm.Length > 0 ? e.Firm[0].Clause : null)
            ?? FirstDoneByPhrase(e);
        if (evidence is { } delivered) return Phrase(TaskStatus.Completed, "allDelivered", delivered, StatusBasisKind.Deliverable);
        foreach (var t in e.Targets)
        {
            if (t.Compared) return Compared(TaskStatus.Completed, StatusBasisKind.Target, "allDelivered", t);
        }

        return null;
    }

    private static StatusJudgement? WholeTaskDone(StatusEvidence e) =>
        e.WholeTaskDone is { } clause ? Phrase(TaskStatus.Completed, "wholeTaskDone", clause) : null;

    private static StatusJudgement? OnSchedule(StatusEvidence e)
    {
        if (!e.Quarterly || !e.Plan.HasFinishLine) return null;
        if (FirstTarget(e, TargetVerdict.OnSchedule, TargetVerdict.Met) is { } check)
        {
            return Compared(TaskStatus.InProgress, StatusBasisKind.Schedule, "onSchedule", check);
        }

        foreach (var c in e.Progress.All)
        {
            if (c.State is ClauseState.Done or ClauseState.Acted or ClauseState.Underway && !c.Generic) return Phrase(TaskStatus.InProgress, "onSchedule", c);
        }

        return null;
    }

    private static StatusJudgement? DeliverableUnreported(StatusEvidence e)
    {
        if (!e.Plan.HasFinishLine) return null;
        var missing = FirstUnreported(e, out var found) ? found : e.Plan.Firm.Length > 0 ? e.Plan.ClauseOf(e.Plan.Firm[0]) : [];
        // The quotation of "未见报告:" + what is missing, made as the one string it is.
        const string Unreported = "未见报告:";
        var quoted = string.Concat(Unreported, missing[..Math.Min(missing.Length, Clauses.QuoteLength - Unreported.Length)]);
        return new StatusJudgement(TaskStatus.Unclear, new StatusBasis(StatusBasisKind.None, "deliverableUnreported", quoted));
    }

    private static bool FirstUnreported(StatusEvidence e, out ReadOnlySpan<char> missing)
    {
        // A target without its actual is named before an item the text does not mention.
        foreach (var t in e.Targets)
        {
            if (t.Verdict != TargetVerdict.NoActual) continue;
            missing = t.Target.Metric;
            return true;
        }

        foreach (var r in e.Firm)
        {
            if (r.Clause is not null) continue;
            missing = r.Item;
            return true;
        }

        missing = [];
        return false;
    }

    private static StatusJudgement? AimsReportedDone(StatusEvidence e)
    {
        // An aim counts as done on a reported result; a bare action is enough only for an event to hold ("举办…周").
        if (e.Soft.Length == 0) return null;
        ReadClause? evidence = null;
        foreach (var r in e.Soft)
        {
            if (!(r.State is ClauseState.Done || r.State is ClauseState.Acted && StatusWords.EventNoun().IsMatch(r.Item))) return null;
            evidence ??= r.Clause;
        }

        return Phrase(TaskStatus.Completed, "aimsReportedDone", evidence!.Value, StatusBasisKind.Deliverable);
    }

    private static StatusJudgement? OpenEndedActions(StatusEvidence e)
    {
        if (!e.Progress.ReportsActions) return null;
        var action = e.Progress.FirstAction ?? FirstSpecific(e.Progress);
        return Phrase(TaskStatus.Ongoing, "openEndedActions", action, StatusBasisKind.OpenEnded);
    }

    private static ReadClause FirstSpecific(ProgressReading progress)
    {
        foreach (var c in progress.All)
        {
            if (!c.Generic) return c;
        }

        throw new InvalidOperationException("a text that reports actions has a clause with a subject");
    }

    /// <summary>The clause of the first item reported in either state.</summary>
    private static ReadClause? FirstReport(ReadOnlySpan<ItemReport> reports, ClauseState state, ClauseState orState)
    {
        foreach (var r in reports)
        {
            if (r.State == state || r.State == orState) return r.Clause;
        }

        return null;
    }

    private static ReadClause? FirstDoneByPhrase(StatusEvidence e)
    {
        foreach (var t in e.Targets)
        {
            if (e.DoneByPhrase(t) is { } clause) return clause;
        }

        return null;
    }

    private static TargetCheck? FirstTarget(StatusEvidence e, TargetVerdict verdict, TargetVerdict orVerdict)
    {
        foreach (var t in e.Targets)
        {
            if (t.Verdict == verdict || t.Verdict == orVerdict) return t;
        }

        return null;
    }

    private static bool AnyTarget(StatusEvidence e, Func<TargetCheck, bool> test)
    {
        foreach (var t in e.Targets)
        {
            if (test(t)) return true;
        }

        return false;
    }

    /// <summary>The target in this verdict furthest from its due share (the first of equals, as MinBy keeps it).</summary>
    private static StatusJudgement? Worst(StatusEvidence e, TargetVerdict verdict, TaskStatus status, StatusBasisKind kind, string rule)
    {
        TargetCheck? worst = null;
        decimal worstRatio = 0;
        foreach (var t in e.Targets)
        {
            if (t.Verdict != verdict) continue;
            var ratio = t.Share / t.ExpectedShare;
            if (worst is null || ratio < worstRatio) (worst, worstRatio) = (t, ratio);
        }

        return worst is { } found ? Compared(status, kind, rule, found) : null;
    }

    private static StatusJudgement Compared(TaskStatus status, StatusBasisKind kind, string rule, TargetCheck check) =>
        new(status, new StatusBasis(kind, rule, Comparison: check.Comparison()));

    private static StatusJudgement Phrase(TaskStatus status, string rule, ReadClause clause, StatusBasisKind kind = StatusBasisKind.Phrase) =>
        new(status, new StatusBasis(kind, rule, clause.Quote));
}
