using System.Text;
using BenchmarkDotNet.Attributes;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Synthetic;
using Wuhu.Bulletins.Writing;

namespace Wuhu.Benchmarks;

/// <summary>Parsing throughput: the real 129-task bulletin (when ../shared is present) and 1k/10k-task synthetic ones.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] annual = [];
    private byte[] synthetic1k = [];
    private byte[] synthetic10k = [];

    [GlobalSetup]
    public void Load()
    {
        annual = File.ReadAllBytes(BenchmarkInputs.AnnualBulletin);
        synthetic1k = Synthetic(1_000);
        synthetic10k = Synthetic(10_000);
        Console.WriteLine($"// inputs: annual {annual.Length:N0} B, 1k {synthetic1k.Length:N0} B, 10k {synthetic10k.Length:N0} B");
    }

    private static byte[] Synthetic(int tasks) =>
        Encoding.UTF8.GetBytes(BulletinWriter.Text(SyntheticBulletin.Generate(tasks, 2025, 4, seed: 1), SyntheticBulletin.PrintedNumber));

    [Benchmark(Baseline = true)]
    public int ParseAnnual() => BulletinParser.Parse(annual, "wuhu-2023-annual.txt", BenchmarkInputs.Uncapped).Tasks.Count;

    [Benchmark]
    public int ParseSynthetic1k() => BulletinParser.Parse(synthetic1k, "synthetic-1k.txt", BenchmarkInputs.Uncapped).Tasks.Count;

    [Benchmark]
    public int ParseSynthetic10k() => BulletinParser.Parse(synthetic10k, "synthetic-10k.txt", BenchmarkInputs.Uncapped).Tasks.Count;
}
