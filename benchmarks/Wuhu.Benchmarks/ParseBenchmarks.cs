using BenchmarkDotNet.Attributes;
using Wuhu.Bulletins;

namespace Wuhu.Benchmarks;

/// <summary>Parsing throughput of a real-size bulletin (the 129-task 2023 annual when available).</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] annual = [];

    [GlobalSetup]
    public void Load() => annual = File.ReadAllBytes(BenchmarkInputs.AnnualBulletin);

    [Benchmark]
    public int ParseAnnual() => BulletinParser.Parse(annual, "wuhu-2023-annual.txt").Tasks.Count;
}
