using Azure.Data.Tables;

namespace Wuhu.Storage.Reports;

/// <summary>
/// One row of the report manifest (table "{prefix}reports"): partition = year, row key = file name. Records what
/// the report blob was last built from, so unchanged reports are not rebuilt.
/// </summary>
public sealed record ReportManifestEntry(
    int Year,
    string FileName,
    string BlobName,
    string Period,
    string Sources,
    DateTimeOffset BuiltAt,
    long Size,
    string PdfSha256)
{
    public TableEntity ToEntity() => new(Year.ToString(System.Globalization.CultureInfo.InvariantCulture), FileName)
    {
        [nameof(BlobName)] = BlobName,
        [nameof(Period)] = Period,
        [nameof(Sources)] = Sources,
        [nameof(BuiltAt)] = BuiltAt,
        [nameof(Size)] = Size,
        [nameof(PdfSha256)] = PdfSha256,
    };

    public static ReportManifestEntry FromEntity(TableEntity entity) => new(
        int.Parse(entity.PartitionKey, System.Globalization.CultureInfo.InvariantCulture),
        entity.RowKey,
        entity.GetString(nameof(BlobName)) ?? "",
        entity.GetString(nameof(Period)) ?? "",
        entity.GetString(nameof(Sources)) ?? "",
        entity.GetDateTimeOffset(nameof(BuiltAt)) ?? default,
        entity.GetInt64(nameof(Size)) ?? 0,
        entity.GetString(nameof(PdfSha256)) ?? "");
}
