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
    public static IReadOnlyList<StatusRule> All { get; } =
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

    private static StatusJudgement? StatedShortfall(StatusEvidence e) =>
        e.Progress.All.FirstOrDefault(c => c.State == ClauseState.Shortfall) is { } clause
            ? Phrase(e.Quarterly ? TaskStatus.Behind : TaskStatus.NotMet, "statedShortfall", clause)
            : null;

    private static StatusJudgement? TargetMissed(StatusEvidence e) =>
        e.Quarterly ? null : Worst(e, TargetVerdict.Missed, TaskStatus.NotMet, StatusBasisKind.Target, "targetMissed");

    private static StatusJudgement? ScheduleBehind(StatusEvidence e) =>
        e.Quarterly ? Worst(e, TargetVerdict.Behind, TaskStatus.Behind, StatusBasisKind.Schedule, "scheduleBehind") : null;

    private static StatusJudgement? PreparationOnly(StatusEvidence e)
    {
        // A count of things prepared ("8个项目完成策划") is not a count delivered.
        if (!e.Quarterly || !e.Plan.Counts) return null;
        var specific = e.Progress.All.Where(c => !c.Generic).ToList();
        return specific.Count > 0 && specific.All(c => StatusWords.Preparation().IsMatch(c.Text))
            ? Phrase(TaskStatus.Behind, "preparationOnly", specific[0])
            : null;
    }

    private static StatusJudgement? StatedShare(StatusEvidence e)
    {
        if (StatusWords.StatedShare().Match(e.Progress.Text) is not { Success: true } match) return null;
        var share = decimal.Parse(match.Groups["share"].Value, System.Globalization.CultureInfo.InvariantCulture) / 100;
        var expected = e.Quarterly ? e.Period.Quarter / 4m : 1m;
        var status = share >= 1 ? TaskStatus.Completed
            : e.Quarterly ? share >= expected * TargetCheck.ScheduleTolerance ? TaskStatus.InProgress : TaskStatus.Behind
            : share >= TargetCheck.ClearMissShare ? TaskStatus.InProgress : TaskStatus.NotMet;
        var clause = e.Progress.All.FirstOrDefault(c => c.Text.Contains(match.Value)) ?? e.Progress.All[0];
        var kind = e.Quarterly ? StatusBasisKind.Schedule : StatusBasisKind.Phrase;
        return new StatusJudgement(status, new StatusBasis(kind, "statedShare", Clauses.Quote(clause.Text, clause.Text.IndexOf(match.Value, StringComparison.Ordinal))));
    }

    private static StatusJudgement? PartialYearOnly(StatusEvidence e)
    {
        if (e.Quarterly || e.WholeTaskDone is not null) return null;
        var withFigures = e.Progress.Sentences.Where(s => s.Any(char.IsAsciiDigit)).ToList();
        var partial = withFigures.Where(s => StatusWords.PartialYear().IsMatch(s)).ToList();
        if (partial.Count == 0 || partial.Count < withFigures.Count && !e.Targets.Any(t => t.PartialYear)) return null;
        if (e.Targets.Any(t => t.Verdict is TargetVerdict.Met)) return null;
        var at = StatusWords.PartialYear().Match(partial[0]).Index;
        return new StatusJudgement(TaskStatus.Unclear, new StatusBasis(StatusBasisKind.Phrase, "partialYearOnly", Clauses.Quote(partial[0], at)));
    }

    private static StatusJudgement? DeliverableUnderway(StatusEvidence e)
    {
        if (!e.Plan.HasFinishLine) return null;
        var underway = e.Firm.FirstOrDefault(r => r.State is ClauseState.Underway or ClauseState.Mention)?.Clause
            ?? e.Soft.FirstOrDefault(r => r.State is ClauseState.Underway)?.Clause
            ?? e.WholeTaskUnderway;
        if (underway is null) return null;
        if (e.Quarterly && e.Targets.FirstOrDefault(t => t.Verdict == TargetVerdict.OnSchedule) is { } onTrack)
        {
            return Compared(TaskStatus.InProgress, StatusBasisKind.Schedule, "onSchedule", onTrack);
        }

        return Phrase(TaskStatus.InProgress, "deliverableUnderway", underway);
    }

    private static StatusJudgement? TargetNear(StatusEvidence e) =>
        e.Quarterly ? null : Worst(e, TargetVerdict.Near, TaskStatus.InProgress, StatusBasisKind.Target, "targetNear");

    private static StatusJudgement? AllDelivered(StatusEvidence e)
    {
        if (!e.Plan.HasFinishLine) return null;
        // In a quarter only cumulative quantities can be finished early; a rate is judged at year end.
        var targetsDone = e.Targets.All(t => t.Verdict == TargetVerdict.Met || t.Verdict == TargetVerdict.NoActual && e.DoneByPhrase(t) is not null);
        var itemsDone = e.Firm.All(r => r.State is ClauseState.Done or ClauseState.Acted);
        if (!targetsDone || !itemsDone) return null;
        if (e.Targets.FirstOrDefault(t => t.Verdict == TargetVerdict.Met) is { } met && e.Firm.Count == 0)
        {
            var lowest = e.Targets.Where(t => t.Comparison is not null).MinBy(t => t.Comparison!.Share) ?? met;
            return Compared(TaskStatus.Completed, StatusBasisKind.Target, "allDelivered", lowest);
        }

        var evidence = e.Firm.Select(r => r.Clause).FirstOrDefault(c => c?.State == ClauseState.Done)
            ?? e.Firm.Select(r => r.Clause).FirstOrDefault()
            ?? e.Targets.Select(e.DoneByPhrase).FirstOrDefault(c => c is not null);
        if (evidence is not null) return Phrase(TaskStatus.Completed, "allDelivered", evidence, StatusBasisKind.Deliverable);
        return e.Targets.FirstOrDefault(t => t.Comparison is not null) is { } any
            ? Compared(TaskStatus.Completed, StatusBasisKind.Target, "allDelivered", any)
            : null;
    }

    private static StatusJudgement? WholeTaskDone(StatusEvidence e) =>
        e.WholeTaskDone is { } clause ? Phrase(TaskStatus.Completed, "wholeTaskDone", clause) : null;

    private static StatusJudgement? OnSchedule(StatusEvidence e)
    {
        if (!e.Quarterly || !e.Plan.HasFinishLine) return null;
        if (e.Targets.FirstOrDefault(t => t.Verdict is TargetVerdict.OnSchedule or TargetVerdict.Met) is { } check)
        {
            return Compared(TaskStatus.InProgress, StatusBasisKind.Schedule, "onSchedule", check);
        }

        var acted = e.Progress.All.FirstOrDefault(c => !c.Generic && c.State is ClauseState.Done or ClauseState.Acted or ClauseState.Underway);
        return acted is null ? null : Phrase(TaskStatus.InProgress, "onSchedule", acted);
    }

    private static StatusJudgement? DeliverableUnreported(StatusEvidence e)
    {
        if (!e.Plan.HasFinishLine) return null;
        var missing = e.Targets.Where(t => t.Verdict == TargetVerdict.NoActual).Select(t => t.Target.Metric)
            .Concat(e.Firm.Where(r => r.Clause is null).Select(r => r.Item))
            .FirstOrDefault() ?? e.Plan.Firm.Select(d => d.Clause).FirstOrDefault() ?? "";
        return new StatusJudgement(TaskStatus.Unclear, new StatusBasis(StatusBasisKind.None, "deliverableUnreported", Clauses.Quote("未见报告:" + missing)));
    }

    private static StatusJudgement? AimsReportedDone(StatusEvidence e)
    {
        // An aim counts as done on a reported result; a bare action is enough only for an event to hold ("举办…周").
        if (e.Soft.Count == 0 || !e.Soft.All(r => r.State is ClauseState.Done
                || r.State is ClauseState.Acted && StatusWords.EventNoun().IsMatch(r.Item))) return null;
        var evidence = e.Soft.First(r => r.Clause is not null).Clause!;
        return Phrase(TaskStatus.Completed, "aimsReportedDone", evidence, StatusBasisKind.Deliverable);
    }

    private static StatusJudgement? OpenEndedActions(StatusEvidence e)
    {
        if (!e.Progress.ReportsActions) return null;
        var action = e.Progress.FirstAction ?? e.Progress.All.First(c => !c.Generic);
        return Phrase(TaskStatus.Ongoing, "openEndedActions", action, StatusBasisKind.OpenEnded);
    }

    private static StatusJudgement? Worst(StatusEvidence e, TargetVerdict verdict, TaskStatus status, StatusBasisKind kind, string rule) =>
        e.Targets.Where(t => t.Verdict == verdict).MinBy(t => t.Comparison!.Share / t.Comparison.ExpectedShare) is { } worst
            ? Compared(status, kind, rule, worst)
            : null;

    private static StatusJudgement Compared(TaskStatus status, StatusBasisKind kind, string rule, TargetCheck check) =>
        new(status, new StatusBasis(kind, rule, Comparison: check.Comparison));

    private static StatusJudgement Phrase(TaskStatus status, string rule, ReadClause clause, StatusBasisKind kind = StatusBasisKind.Phrase) =>
        new(status, new StatusBasis(kind, rule, clause.Quote));
}
