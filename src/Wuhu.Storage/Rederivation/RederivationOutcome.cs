namespace Wuhu.Storage.Rederivation;

/// <summary>What re-deriving one period did. Only <see cref="Rederived"/> changes the data readers see.</summary>
public enum RederivationOutcome
{
    /// <summary>Parsed again from its source blob; the result differed and is now the current version.</summary>
    Rederived,
    /// <summary>Parsed again; the result is identical, so only the pointer's parser version was updated (reports stay).</summary>
    Unchanged,
    /// <summary>Already derived by the current parser version: nothing to do.</summary>
    Current,
    /// <summary>A new upload replaced the period while it was being re-derived; the upload stays (it is current).</summary>
    Superseded,
    /// <summary>The source blob is gone: the old version stays.</summary>
    SourceMissing,
    /// <summary>The blob under the source name now holds other bytes (a later upload under the same name): the old version stays.</summary>
    SourceChanged,
    /// <summary>The current parser rejects the source (reason code as for an upload): the old version stays.</summary>
    Rejected,
    /// <summary>The current parser reads the source as another period: the old version stays; re-upload to move it.</summary>
    PeriodChanged,
    /// <summary>The period kept changing under every attempt: the old version (or whatever won) stays; run again.</summary>
    Conflict,
}

public static class RederivationOutcomes
{
    /// <summary>True when the period is still derived by an older parser after the run (someone has to look at it).</summary>
    public static bool LeftOutdated(this RederivationOutcome outcome) =>
        outcome is RederivationOutcome.SourceMissing or RederivationOutcome.SourceChanged or RederivationOutcome.Rejected
            or RederivationOutcome.PeriodChanged or RederivationOutcome.Conflict;
}
