using Wuhu.Bulletins;
using Wuhu.Bulletins.Synthetic;
using Wuhu.Reports.Building;
using Wuhu.Reports.Model;

namespace Wuhu.Benchmarks;

/// <summary>The reports benchmarked: the real 2023 annual bulletin (129 tasks) and synthetic full years of 129 / 1,000 / 10,000 tasks.</summary>
internal static class ReportInputs
{
    public const string Real = "real-129";

    private static readonly TimeProvider FixedClock = new FixedTime(new DateTimeOffset(2026, 1, 31, 2, 0, 0, TimeSpan.Zero));

    /// <summary>The parsed bulletin behind "real-129" or "synthetic-N".</summary>
    public static BulletinSource Source(string input)
    {
        if (input == Real)
        {
            var bytes = File.ReadAllBytes(BenchmarkInputs.AnnualBulletin);
            return BulletinSource.FromBytes(BulletinParser.Parse(bytes, Path.GetFileName(BenchmarkInputs.AnnualBulletin)), bytes);
        }

        var tasks = int.Parse(input["synthetic-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return new BulletinSource(SyntheticBulletin.Generate(tasks, 2025, 4, seed: 1), new string('0', 64));
    }

    /// <summary>The annual report of "real-129" or "synthetic-N".</summary>
    public static ReportDocument Build(string input) => Build(Source(input));

    public static ReportDocument Build(BulletinSource source) => new ReportBuilder(FixedClock).BuildAnnual(source.Period.Year, [source]);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
