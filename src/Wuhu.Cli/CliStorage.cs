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
        if (connectionString == StorageConnectionFactory.DevelopmentConnectionString)
        {
            await EnsureLocalEmulatorAsync(cancellationToken);
        }

        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        FailFast(blobOptions.Retry);
        FailFast(tableOptions.Retry);
        StorageContext storage;
        try
        {
            storage = new StorageContext(new BlobServiceClient(connectionString, blobOptions), new TableServiceClient(connectionString, tableOptions), CliSettings.Options);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            // The SDK's message names the problem; the string itself is not repeated (it may hold an account key).
            throw new CliStorageException(
                $"--connection is not a valid storage connection string: {e.Message.TrimEnd('.')}. Use {StorageConnectionFactory.DevelopmentConnectionString} " +
                "for the local emulator, or the account's connection string (DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net).");
        }

        await storage.EnsureCreatedAsync(cancellationToken);
        return storage;
    }

    private static AzuriteLauncher? startedEmulator;

    /// <summary>
    /// The default connection is the local emulator over the repository's persisted state (.wuhu/azurite): when
    /// nothing answers on its ports, it is started for this command and stopped at the end (<see cref="StopStartedEmulatorAsync"/>).
    /// </summary>
    public static async Task EnsureLocalEmulatorAsync(CancellationToken cancellationToken)
    {
        if (startedEmulator is not null)
        {
            return;
        }

        try
        {
            var repoRoot = RepoRoot.TryFindDefault() ?? BuiltFrom();
            startedEmulator = await LocalState.EnsureEmulatorAsync(repoRoot, cancellationToken);
            if (startedEmulator is not null)
            {
                Console.Error.WriteLine($"(started the local storage emulator, pid {startedEmulator.ProcessId}, data in {LocalState.AzuriteFolder(repoRoot!)})");
            }
        }
        catch (Exception e) when (e is InvalidOperationException or FileNotFoundException)
        {
            throw new CliStorageException(e.Message);
        }
    }

    /// <summary>Stops the emulator this process started, if any (its data stays in .wuhu/azurite).</summary>
    public static async Task StopStartedEmulatorAsync()
    {
        if (Interlocked.Exchange(ref startedEmulator, null) is { } emulator)
        {
            await emulator.DisposeAsync();
        }
    }

    /// <summary>The repository this program was built from (fallback when run from outside it).</summary>
    public static string? BuiltFrom() =>
        typeof(CliStorage).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "WuhuRepoRoot")?.Value is { } root && File.Exists(Path.Combine(root, "package.json")) ? root : null;

    private static void FailFast(RetryOptions retry)
    {
        retry.MaxRetries = 2;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}

public sealed class CliStorageException(string message) : Exception(message);
