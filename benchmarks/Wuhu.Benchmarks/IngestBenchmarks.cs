using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Synthetic;
using Wuhu.Storage;
using Wuhu.Storage.Local;
using Wuhu.Storage.Publishing;

namespace Wuhu.Benchmarks;

/// <summary>
/// Publishing a parsed bulletin into Table Storage (the pinned Azurite on free loopback ports, started and stopped
/// here): each invocation is a corrected upload of the period, so it writes the new version, switches the pointer
/// and deletes the replaced version, as production does. Transactions per publish are printed as "// tx" lines.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 12)]
public class IngestBenchmarks
{
    private AzuriteLauncher azurite = null!;
    private BulletinPublisher publisher = null!;
    private Bulletin bulletin = null!;
    private DateTimeOffset uploadedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private PublishResult? last;

    [Params(ReportInputs.Real, "synthetic-1000")]
    public string Input { get; set; } = ReportInputs.Real;

    [GlobalSetup]
    public async Task Setup()
    {
        bulletin = Input == ReportInputs.Real
            ? BulletinParser.ParseFile(BenchmarkInputs.AnnualBulletin)
            : SyntheticBulletin.Generate(int.Parse(Input["synthetic-".Length..], System.Globalization.CultureInfo.InvariantCulture), 2025, 4, seed: 1);
        azurite = await AzuriteLauncher.StartOnFreePortsAsync(BenchmarkInputs.RepoRoot);
        var storage = StorageConnectionFactory.FromConnectionString(azurite.ConnectionString, new WuhuOptions { TablePrefix = "bench" + Guid.NewGuid().ToString("N")[..8] });
        await storage.EnsureCreatedAsync();
        publisher = new BulletinPublisher(storage);
    }

    /// <summary>Returns the number of table entities written (task rows + meta row).</summary>
    [Benchmark]
    public async Task<int> Publish()
    {
        // A new upload of the same period each time: a fresh hash and a later upload time make it the newer version.
        uploadedAt = uploadedAt.AddMinutes(1);
        var sha = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(uploadedAt.Ticks)));
        last = await publisher.PublishAsync(bulletin, new PublishSource($"bench/{Input}.txt", sha, uploadedAt));
        if (last.Outcome != PublishOutcome.Published)
        {
            throw new InvalidOperationException($"Expected a publish, got {last.Outcome}.");
        }

        Console.WriteLine($"// tx {Input}: {bulletin.Tasks.Count} tasks, {last.Transactions} write transactions (rows + pointer), {last.CleanupTransactions} cleanup transactions (replaced version)");
        return bulletin.Tasks.Count + 1;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
