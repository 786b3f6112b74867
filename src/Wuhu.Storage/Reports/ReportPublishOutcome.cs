namespace Wuhu.Storage.Reports;

/// <summary>What a publish run did with one report.</summary>
/// <param name="Built">True when the PDF was rebuilt and written; false when its sources had not changed.</param>
public sealed record ReportPublishOutcome(string BlobName, string Period, bool Built, long Size, DateTimeOffset BuiltAt);
