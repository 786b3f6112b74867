using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;

namespace Wuhu.Storage.Reports;

/// <summary>Lists and opens published reports. Only blobs named like reports are visible through it.</summary>
public sealed class ReportCatalog(StorageContext storage)
{
    /// <summary>Every report, by year then name.</summary>
    public async Task<IReadOnlyList<ReportInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        var reports = new List<ReportInfo>();
        await foreach (var blob in storage.Reports.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            if (!ReportBlobNames.TryParse(blob.Name, out var year, out _, out var quarter))
            {
                continue;
            }

            blob.Metadata.TryGetValue(ReportBlobWriter.MetadataKeys.BuiltAt, out var builtAt);
            reports.Add(new ReportInfo(
                blob.Name[(blob.Name.IndexOf('/') + 1)..],
                blob.Name,
                year,
                ReportBlobNames.Period(year, quarter),
                blob.Properties.ContentLength ?? 0,
                DateTimeOffset.TryParse(builtAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null));
        }

        return [.. reports.OrderBy(r => r.Year).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Opens one report for streaming, or null when the path is not a report name or no such report exists.
    /// </summary>
    public async Task<OpenedReport?> OpenAsync(string? year, string? file, CancellationToken cancellationToken = default)
    {
        if (!ReportBlobNames.TryResolve(year, file, out var blobName))
        {
            return null;
        }

        try
        {
            var download = await storage.Reports.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return new OpenedReport(file!, download.Value.Details.ContentLength, download.Value.Content);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }
}

/// <summary>A report being downloaded; dispose to close the stream.</summary>
public sealed record OpenedReport(string FileName, long Length, Stream Content) : IDisposable
{
    public void Dispose() => Content.Dispose();
}
