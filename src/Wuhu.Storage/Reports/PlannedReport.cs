using Wuhu.Reports.Model;

namespace Wuhu.Storage.Reports;

/// <summary>A report that the published data calls for, with the period versions it would be built from.</summary>
/// <param name="Sources">Period key → version id of every period the report reads.</param>
public sealed record PlannedReport(ReportKind Kind, int Year, int? Quarter, IReadOnlyDictionary<string, string> Sources)
{
    /// <summary>Bump when the report's content or layout changes, so every report is rebuilt once.</summary>
    public const string FormatVersion = "2";

    public string FileName => ReportNames.FileName(Kind, Year, Quarter);
    public string BlobName => ReportBlobNames.BlobName(Kind, Year, Quarter);
    public string Period => ReportBlobNames.Period(Year, Quarter);

    /// <summary>
    /// What the report was built from, as one comparable ASCII string: "format=1;2023-Q3=v…;2023-Q4=v…".
    /// A report is stale exactly when this differs from the one in its manifest row.
    /// </summary>
    public string Fingerprint => FingerprintOf(Sources);

    public static string FingerprintOf(IReadOnlyDictionary<string, string> sources) =>
        string.Join(';', sources
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{s.Key}={s.Value}")
            .Prepend($"format={FormatVersion}"));
}
