namespace Wuhu.Storage.Ingestion;

public enum IngestionOutcome
{
    /// <summary>Parsed and now the current version of its period.</summary>
    Accepted,
    /// <summary>Can never be ingested as it is (too large, empty, not a bulletin…); see the reason code.</summary>
    Rejected,
    /// <summary>Parsed, but its period already shows the very same content (same SHA-256): nothing changed.</summary>
    Duplicate,
    /// <summary>Parsed, but its period already shows a newer bulletin (later publication date or upload): nothing changed.</summary>
    Superseded,
    /// <summary>
    /// Not an upload: an already stored upload parsed again by a newer parser version (BulletinRederivationService),
    /// whose result replaced the period's version. Its row is keyed apart from the upload's own row.
    /// </summary>
    Rederived,
}
