using Wuhu.Bulletins.Model;

namespace Wuhu.Storage;

/// <summary>The current version of one period, as readers (reports, API) see it: the whole bulletin and where it came from.</summary>
/// <param name="PeriodKey">"2023-Q4".</param>
/// <param name="FullYear">True when the current bulletin is the full-year one (it shares the Q4 key).</param>
/// <param name="VersionId">Identifies the stored version; changes whenever a new upload replaces the period.</param>
/// <param name="SourceBlob">Blob name of the upload this version was parsed from.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of that upload.</param>
public sealed record PublishedPeriod(
    string PeriodKey,
    int Year,
    int Quarter,
    bool FullYear,
    string VersionId,
    string SourceBlob,
    string Sha256,
    DateTimeOffset IngestedAt,
    Bulletin Bulletin)
{
    /// <summary>The parser version that derived this version (the pointer's ParserVersion); null on rows from before it was recorded.</summary>
    public string? ParserVersion { get; init; }
}
