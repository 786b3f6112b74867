using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Wuhu.Bulletins;
using Wuhu.Storage.Ingestion;

namespace Wuhu.Functions;

/// <summary>
/// Ingests each uploaded bulletin. Event Grid source: the only one the Flex Consumption plan supports.
/// A file that can never be ingested is recorded as Rejected and returns normally (retrying cannot help);
/// storage errors throw, so the host retries and, after host.json's poisonBlobThreshold attempts, gives up
/// on the blob (see docs/storage.md, poison handling).
/// </summary>
public sealed class IngestBulletin(BulletinIngestionService ingestion, ILogger<IngestBulletin> logger)
{
    [Function(nameof(IngestBulletin))]
    public async Task<IngestionRecord> RunAsync(
        [BlobTrigger("bulletins/{name}", Source = BlobTriggerSource.EventGrid, Connection = AppSettingNames.StorageConnection)] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        var record = await ingestion.IngestAsync(blob, cancellationToken);
        if (record.Outcome == IngestionOutcome.Rejected)
        {
            logger.LogWarning("Rejected {Blob} ({Reason}): {Message}", PrintableText.Escape(name), record.ReasonCode, PrintableText.Escape(record.Message));
        }
        else
        {
            logger.LogInformation("{Outcome} {Blob}: period {Period}, {Tasks} tasks, {Transactions} table transactions, {Ms:F0} ms",
                record.Outcome, PrintableText.Escape(name), record.PeriodKey, record.TaskCount, record.Transactions, record.DurationMs);
        }

        return record;
    }
}
