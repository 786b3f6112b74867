namespace Wuhu.Reports.Model;

/// <summary>A bulletin a report was computed from, listed on the cover so readers can trace every figure.</summary>
/// <param name="Name">File or blob name of the bulletin.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bulletin's bytes.</param>
/// <param name="PeriodKey">Storage key of its period, e.g. "2023-Q4".</param>
/// <param name="PeriodLabel">Readable period, e.g. "2023年全年", "2023年第三季度".</param>
/// <param name="Title">The bulletin's own title, when it has one.</param>
/// <param name="PublishedOn">Publication date printed on the bulletin, when known.</param>
/// <param name="TaskCount">Number of tasks parsed from it.</param>
public sealed record SourceBulletin(
    string Name,
    string Sha256,
    string PeriodKey,
    string PeriodLabel,
    string? Title,
    DateOnly? PublishedOn,
    int TaskCount);
