using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Wuhu.Storage;

/// <summary>
/// The app's storage: clients plus the resolved container and table names. One instance per app (thread-safe).
/// </summary>
public sealed class StorageContext
{
    public StorageContext(BlobServiceClient blobs, TableServiceClient tables, WuhuOptions? options = null)
    {
        options ??= new WuhuOptions();
        BlobService = blobs;
        TableService = tables;
        Options = options;
        Bulletins = blobs.GetBlobContainerClient(options.BulletinsContainer);
        Reports = blobs.GetBlobContainerClient(options.ReportsContainer);
        Ingestions = tables.GetTableClient(options.TablePrefix + "ingestions");
        Tasks = tables.GetTableClient(options.TablePrefix + "tasks");
        Periods = tables.GetTableClient(options.TablePrefix + "periods");
        ReportManifest = tables.GetTableClient(options.TablePrefix + "reports");
    }

    public BlobServiceClient BlobService { get; }
    public TableServiceClient TableService { get; }
    public WuhuOptions Options { get; }

    public BlobContainerClient Bulletins { get; }
    public BlobContainerClient Reports { get; }
    public TableClient Ingestions { get; }
    public TableClient Tasks { get; }
    public TableClient Periods { get; }
    public TableClient ReportManifest { get; }

    /// <summary>Creates the containers and tables if missing (infra/ creates them in Azure; this is for local runs).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await Bulletins.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await Reports.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        foreach (var table in new[] { Ingestions, Tasks, Periods, ReportManifest })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
