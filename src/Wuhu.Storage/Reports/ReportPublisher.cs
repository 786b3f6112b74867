using Azure.Data.Tables;
using Wuhu.Reports;
using Wuhu.Reports.Building;
using Wuhu.Reports.Model;
using Wuhu.Storage.Publishing;

namespace Wuhu.Storage.Reports;

/// <summary>
/// Builds the reports the published periods call for and writes them to the reports container, rebuilding only
/// those whose source period versions changed since the manifest last recorded them. Safe to run repeatedly
/// and concurrently: a second run with unchanged data reads the pointers and the manifest and writes nothing.
/// </summary>
public sealed class ReportPublisher(StorageContext storage, IReportRenderer renderer, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly PublishedPeriodReader reader = new(storage);

    /// <summary>Every year with published data (or one year), rebuilding what changed, or everything with <paramref name="force"/>.</summary>
    public async Task<IReadOnlyList<ReportPublishOutcome>> PublishAsync(int? year = null, bool force = false, CancellationToken cancellationToken = default)
    {
        var pointers = await ReadPointersAsync(year, cancellationToken);
        var manifest = await ReadManifestAsync(year, cancellationToken);
        var loaded = new Dictionary<string, PublishedPeriod>(StringComparer.Ordinal);
        var outcomes = new List<ReportPublishOutcome>();

        foreach (var plan in ReportPlanner.Plan(pointers))
        {
            manifest.TryGetValue(plan.BlobName, out var entry);
            if (!force && entry is not null && entry.Sources == plan.Fingerprint && await storage.Reports.GetBlobClient(plan.BlobName).ExistsAsync(cancellationToken))
            {
                outcomes.Add(new ReportPublishOutcome(plan.BlobName, plan.Period, Built: false, entry.Size, entry.BuiltAt));
                continue;
            }

            outcomes.Add(await BuildAsync(plan, loaded, cancellationToken));
        }

        return outcomes;
    }

    private async Task<ReportPublishOutcome> BuildAsync(PlannedReport plan, Dictionary<string, PublishedPeriod> loaded, CancellationToken cancellationToken)
    {
        var periods = new List<PublishedPeriod>();
        foreach (var key in plan.Sources.Keys)
        {
            if (!loaded.TryGetValue(key, out var period))
            {
                period = await reader.GetPeriodAsync(key, cancellationToken)
                    ?? throw new InvalidOperationException($"Period {key} disappeared while building {plan.BlobName}.");
                loaded[key] = period;
            }

            periods.Add(period);
        }

        var sources = periods.Select(p => new BulletinSource(p.Bulletin, p.Sha256)).ToList();
        var builder = new ReportBuilder(clock);
        var document = plan.Kind == ReportKind.Annual
            ? builder.BuildAnnual(plan.Year, sources)
            : builder.BuildQuarterly(plan.Year, plan.Quarter!.Value, sources);
        var pdf = renderer.Render(document);

        // Record the versions actually read: if a period changed since the plan, the next run rebuilds again.
        var fingerprint = PlannedReport.FingerprintOf(periods.ToDictionary(p => p.PeriodKey, p => p.VersionId, StringComparer.Ordinal));
        var builtAt = clock.GetUtcNow();
        await ReportBlobWriter.WriteAsync(storage.Reports, plan, fingerprint, pdf, builtAt, cancellationToken);

        // The manifest row goes last: a crash before it only means the report is rebuilt next time.
        var entry = new ReportManifestEntry(plan.Year, plan.FileName, plan.BlobName, plan.Period, fingerprint, builtAt, pdf.Length,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)));
        await storage.ReportManifest.UpsertEntityAsync(entry.ToEntity(), TableUpdateMode.Replace, cancellationToken);
        return new ReportPublishOutcome(plan.BlobName, plan.Period, Built: true, pdf.Length, builtAt);
    }

    /// <summary>Only the pointer rows: cheap, and enough to tell whether anything changed.</summary>
    private async Task<List<PeriodPointer>> ReadPointersAsync(int? year, CancellationToken cancellationToken)
    {
        var filter = $"PartitionKey eq '{PeriodPointer.Partition}'";
        if (year is { } y)
        {
            filter += $" and RowKey ge '{y}-' and RowKey lt '{y}.'";
        }

        var pointers = new List<PeriodPointer>();
        await foreach (var entity in storage.Periods.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            pointers.Add(PeriodPointer.FromEntity(entity));
        }

        return pointers;
    }

    private async Task<Dictionary<string, ReportManifestEntry>> ReadManifestAsync(int? year, CancellationToken cancellationToken)
    {
        var filter = year is { } y ? $"PartitionKey eq '{y}'" : null;
        var entries = new Dictionary<string, ReportManifestEntry>(StringComparer.Ordinal);
        await foreach (var entity in storage.ReportManifest.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var entry = ReportManifestEntry.FromEntity(entity);
            entries[entry.BlobName] = entry;
        }

        return entries;
    }
}
