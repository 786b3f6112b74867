namespace Wuhu.Storage.Reports;

/// <summary>A published report as the list API shows it.</summary>
/// <param name="Name">File name, e.g. "wuhu-2023-annual.pdf".</param>
/// <param name="Path">Path relative to the reports container, e.g. "2023/wuhu-2023-annual.pdf".</param>
/// <param name="Period">"2023" (annual) or "2023-Q3" (quarterly).</param>
/// <param name="BuiltAt">When the PDF was built (null for a blob written without our metadata).</param>
public sealed record ReportInfo(string Name, string Path, int Year, string Period, long Size, DateTimeOffset? BuiltAt);
