using System.Text.RegularExpressions;
using Azure.Data.Tables;
using UglyToad.PdfPig;
using Wuhu.Storage;
using Wuhu.Storage.Reports;

namespace Wuhu.Reliability.Tests.Support;

/// <summary>A report blob as stored, opened with PdfPig: complete, and which period versions it was built from.</summary>
internal sealed partial record StoredReport(string BlobName, byte[] Pdf, string Sources, int Pages, int TaskCount)
{
    public string Sha256 => StoredState.Sha256(Pdf);

    /// <summary>Every report blob; each must be a complete PDF (fails the test otherwise).</summary>
    public static async Task<List<StoredReport>> ReadAllAsync(StorageContext storage)
    {
        var reports = new List<StoredReport>();
        await foreach (var item in storage.Reports.GetBlobsAsync())
        {
            var blob = storage.Reports.GetBlobClient(item.Name);
            var properties = (await blob.GetPropertiesAsync()).Value;
            var pdf = (await blob.DownloadContentAsync()).Value.Content.ToArray();
            Assert.True(pdf.AsSpan().StartsWith("%PDF-"u8), $"{item.Name} does not start like a PDF");
            Assert.True(pdf.AsSpan()[^Math.Min(pdf.Length, 32)..].IndexOf("%%EOF"u8) >= 0, $"{item.Name} is truncated: no %%EOF at its end");
            using var document = PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages > 0, $"{item.Name} has no pages");
            var subject = document.Information.Subject ?? "";
            var count = TaskCountPattern().Match(subject);
            Assert.True(count.Success, $"{item.Name}: no task count in the PDF subject '{subject}'");
            properties.Metadata.TryGetValue(ReportBlobWriter.MetadataKeys.Sources, out var sources);
            reports.Add(new StoredReport(item.Name, pdf, sources ?? "", document.NumberOfPages, int.Parse(count.Groups[1].Value)));
        }

        return [.. reports.OrderBy(r => r.BlobName, StringComparer.Ordinal)];
    }

    public static async Task<Dictionary<string, ReportManifestEntry>> ManifestAsync(StorageContext storage)
    {
        var entries = new Dictionary<string, ReportManifestEntry>(StringComparer.Ordinal);
        await foreach (var entity in storage.ReportManifest.QueryAsync<TableEntity>())
        {
            var entry = ReportManifestEntry.FromEntity(entity);
            entries[entry.BlobName] = entry;
        }

        return entries;
    }

    [GeneratedRegex("共([0-9]+)项")]
    private static partial Regex TaskCountPattern();
}
