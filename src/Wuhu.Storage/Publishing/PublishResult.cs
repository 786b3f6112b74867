namespace Wuhu.Storage.Publishing;

public enum PublishOutcome
{
    /// <summary>The bulletin is now the period's current version.</summary>
    Published,
    /// <summary>The period already shows these exact bytes; nothing was written.</summary>
    Duplicate,
    /// <summary>The period already shows a newer bulletin (see <see cref="UploadOrder"/>); nothing stays written.</summary>
    Superseded,
}

/// <param name="VersionId">The version written (Published) or the current one left in place.</param>
/// <param name="Transactions">Table write requests this publish made: entity batches plus the pointer write.</param>
/// <param name="CleanupTransactions">Batches that deleted superseded or abandoned versions.</param>
public sealed record PublishResult(
    PublishOutcome Outcome,
    string PeriodKey,
    string VersionId,
    string? ReplacedVersionId,
    PeriodPointer Current,
    int Transactions,
    int CleanupTransactions,
    TimeSpan Elapsed);
