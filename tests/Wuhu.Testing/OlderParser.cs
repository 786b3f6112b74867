using System.Security.Cryptography;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Storage;
using Wuhu.Storage.Publishing;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Testing;

/// <summary>
/// Stores periods as an earlier parser version would have left them, for re-derivation tests: the upload is a
/// real blob in `bulletins`, its stored version is the current parser's reading passed through an "older
/// reading" and recorded with an older parser version (or with none, as rows written before it was recorded).
/// </summary>
public static class OlderParser
{
    public const string Version = "0.9.0";

    /// <summary>A plausible older reading that differs from any current one: it lost the last task and judged nothing.</summary>
    public static Bulletin LostLastTaskAndJudgedNothing(Bulletin current) => current with
    {
        Tasks = current.Tasks.Take(current.Tasks.Count - 1)
            .Select(task => task with { Status = TaskStatus.Unclear, StatusBasis = null })
            .ToList(),
    };

    /// <summary>Uploads <paramref name="file"/> as <paramref name="blobName"/> and stores it as derived by <paramref name="parserVersion"/>.</summary>
    public static async Task<PublishResult> StoreAsync(StorageContext storage, string file, string? blobName = null,
        Func<Bulletin, Bulletin>? olderReading = null, string parserVersion = Version)
    {
        blobName ??= Path.GetFileName(file);
        var bytes = await File.ReadAllBytesAsync(file);
        var blob = storage.Bulletins.GetBlobClient(blobName);
        await blob.UploadAsync(new BinaryData(bytes), overwrite: true);
        BlobProperties properties = await blob.GetPropertiesAsync();
        var bulletin = (olderReading ?? LostLastTaskAndJudgedNothing)(BulletinParser.Parse(bytes, blobName));
        var source = new PublishSource(blobName, Convert.ToHexStringLower(SHA256.HashData(bytes)), properties.CreatedOn, parserVersion);
        return await new BulletinPublisher(storage).PublishAsync(bulletin, source);
    }

    /// <summary>Removes the ParserVersion column from a period's pointer, as on rows written before it existed.</summary>
    public static async Task ForgetParserVersionAsync(StorageContext storage, string periodKey)
    {
        var pointer = (await storage.Periods.GetEntityAsync<TableEntity>(PeriodPointer.Partition, periodKey)).Value;
        pointer.Remove(nameof(PeriodPointer.ParserVersion));
        await storage.Periods.UpdateEntityAsync(pointer, pointer.ETag, TableUpdateMode.Replace);
    }
}
