using Azure.Storage.Blobs;
using Wuhu.Storage;
using Wuhu.Storage.Local;
using Xunit;

namespace Wuhu.Testing;

/// <summary>
/// Storage for tests: the account named by WUHU_TEST_STORAGE (a connection string) when set, otherwise a
/// private Azurite on free loopback ports, stopped by PID when the tests end. Each test gets its own
/// containers and tables (<see cref="CreateStorageAsync"/>), deleted at the end.
/// Use it as a collection fixture: declare in the test project
/// <c>[CollectionDefinition(AzuriteFixture.Collection)] public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;</c>
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string Collection = "Azurite";
    public const string ConnectionVariable = "WUHU_TEST_STORAGE";

    private readonly List<StorageContext> created = [];
    private AzuriteLauncher? azurite;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The Azurite this fixture started (null when WUHU_TEST_STORAGE names an account).</summary>
    public AzuriteLauncher? Azurite => azurite;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured)
        {
            ConnectionString = configured;
            return;
        }

        var root = Samples.RepoRoot;
        azurite = await AzuriteLauncher.StartOnFreePortsAsync(root);
        ConnectionString = azurite.ConnectionString;
    }

    /// <summary>Options naming fresh, unique containers and tables (nothing is created yet).</summary>
    public static WuhuOptions UniqueOptions()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        return new WuhuOptions
        {
            BulletinsContainer = $"bulletins-{id}",
            ReportsContainer = $"reports-{id}",
            TablePrefix = $"t{id}",
        };
    }

    /// <summary>A storage context with its own containers and tables, created now and deleted when the fixture ends.</summary>
    public async Task<StorageContext> CreateStorageAsync(WuhuOptions? options = null)
    {
        var storage = StorageConnectionFactory.FromConnectionString(ConnectionString, options ?? UniqueOptions());
        await storage.EnsureCreatedAsync();
        lock (created)
        {
            created.Add(storage);
        }

        return storage;
    }

    public BlobServiceClient CreateBlobServiceClient() => new(ConnectionString);

    public async Task DisposeAsync()
    {
        try
        {
            foreach (var storage in created)
            {
                await storage.Bulletins.DeleteIfExistsAsync();
                await storage.Reports.DeleteIfExistsAsync();
                foreach (var table in new[] { storage.Ingestions, storage.Tasks, storage.Periods, storage.ReportManifest })
                {
                    await table.DeleteAsync();
                }
            }
        }
        finally
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
        }
    }
}
