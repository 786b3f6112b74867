using System.Globalization;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Wuhu.Storage.Reports;

/// <summary>
/// Writes a report blob so readers see the old PDF or the new one, never a truncated one: the bytes go into
/// uncommitted blocks first and one Put Block List swaps them in, with content type and metadata in the same
/// request. (Uncommitted blocks of a crashed write are discarded by the service.)
/// </summary>
public static class ReportBlobWriter
{
    public const string ContentType = "application/pdf";
    private const int BlockSize = 4 * 1024 * 1024;

    public static class MetadataKeys
    {
        public const string Period = "period";
        public const string Sources = "sources";
        public const string BuiltAt = "builtat";
    }

    public static async Task WriteAsync(
        BlobContainerClient container, PlannedReport report, string sources, byte[] pdf, DateTimeOffset builtAt, CancellationToken cancellationToken)
    {
        var blob = container.GetBlockBlobClient(report.BlobName);
        var blockIds = new List<string>();
        for (var offset = 0; offset < pdf.Length || blockIds.Count == 0; offset += BlockSize)
        {
            // Ids of one blob must all have the same length: a fixed-width counter after a per-write GUID.
            var id = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{Guid.NewGuid():N}{blockIds.Count:D6}"));
            var length = Math.Min(BlockSize, pdf.Length - offset);
            using var chunk = new MemoryStream(pdf, offset, length, writable: false);
            await blob.StageBlockAsync(id, chunk, cancellationToken: cancellationToken);
            blockIds.Add(id);
        }

        await blob.CommitBlockListAsync(blockIds, new CommitBlockListOptions
        {
            HttpHeaders = new BlobHttpHeaders
            {
                ContentType = ContentType,
                ContentDisposition = $"inline; filename=\"{report.FileName}\"",
                ContentHash = System.Security.Cryptography.MD5.HashData(pdf),
            },
            Metadata = new Dictionary<string, string>
            {
                [MetadataKeys.Period] = report.Period,
                [MetadataKeys.Sources] = sources,
                [MetadataKeys.BuiltAt] = builtAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            },
        }, cancellationToken);
    }
}
