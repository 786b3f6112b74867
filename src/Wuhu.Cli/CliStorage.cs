using System.CommandLine;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Wuhu.Storage;
using Wuhu.Storage.Local;

namespace Wuhu.Cli;

/// <summary>Storage access for the storage verbs (ingest, status, demo): the --connection option and a fast failure when Azurite is not up.</summary>
public static class CliStorage
{
    public static Option<string> ConnectionOption() => new("--connection")
    {
        Description = "Storage connection string (default: the local Azurite, UseDevelopmentStorage=true).",
        DefaultValueFactory = _ => StorageConnectionFactory.DevelopmentConnectionString,
    };

    /// <summary>
    /// Opens storage and creates the containers and tables if missing. Retries are few so that an unreachable
    /// account fails in seconds with a clear message rather than after the SDK's long default back-off.
    /// </summary>
    public static async Task<StorageContext> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (connectionString == StorageConnectionFactory.DevelopmentConnectionString
            && !(await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultBlobPort) && await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultTablePort)))
        {
            throw new CliStorageException(
                $"nothing answers on 127.0.0.1:{AzuriteLauncher.DefaultBlobPort}/{AzuriteLauncher.DefaultTablePort}: start Azurite (`npm run azurite` in the repository), run `wuhu demo`, or pass --connection.");
        }

        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        FailFast(blobOptions.Retry);
        FailFast(tableOptions.Retry);
        var storage = new StorageContext(new BlobServiceClient(connectionString, blobOptions), new TableServiceClient(connectionString, tableOptions));
        await storage.EnsureCreatedAsync(cancellationToken);
        return storage;
    }

    private static void FailFast(RetryOptions retry)
    {
        retry.MaxRetries = 2;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}

public sealed class CliStorageException(string message) : Exception(message);
