namespace Wuhu.Storage.Rederivation;

/// <summary>The result for one period: what it was derived with before, what it is now, and why.</summary>
/// <param name="PeriodKey">"2023-Q4".</param>
/// <param name="SourceBlob">The upload the period's version was parsed from.</param>
/// <param name="OldVersionId">The version the period showed when the run looked at it.</param>
/// <param name="OldParserVersion">The parser version that derived it; null for versions stored before it was recorded.</param>
/// <param name="NewVersionId">The version written (Rederived, not in a dry run); otherwise null.</param>
/// <param name="ParserVersion">The current parser version.</param>
/// <param name="OldTaskCount">Tasks in the old version.</param>
/// <param name="NewTaskCount">Tasks the current parser reads from the source; null when it did not get that far.</param>
/// <param name="ChangedTasks">Task positions whose stored record differs (added and removed ones included); null when not parsed.</param>
/// <param name="ReasonCode">For outcomes that leave the old version: the parser's rejection code, "tooLarge", "parserError", …</param>
/// <param name="Message">One sentence for people.</param>
public sealed record PeriodRederivation(
    string PeriodKey,
    RederivationOutcome Outcome,
    string SourceBlob,
    string OldVersionId,
    string? OldParserVersion,
    string? NewVersionId,
    string ParserVersion,
    int OldTaskCount,
    int? NewTaskCount,
    int? ChangedTasks,
    string? ReasonCode,
    string Message);

/// <summary>A whole re-derivation run over every stored period.</summary>
/// <param name="DryRun">True when nothing was written: Rederived / Unchanged then say what a real run would do.</param>
public sealed record RederivationRun(string ParserVersion, bool DryRun, IReadOnlyList<PeriodRederivation> Periods, TimeSpan Elapsed)
{
    public int Count(RederivationOutcome outcome) => Periods.Count(p => p.Outcome == outcome);

    /// <summary>Periods still derived by an older parser after the run (their old version stays; see each message).</summary>
    public int LeftOutdated => Periods.Count(p => p.Outcome.LeftOutdated());
}
