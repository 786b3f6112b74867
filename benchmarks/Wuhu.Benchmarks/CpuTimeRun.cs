using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Synthetic;
using Wuhu.Bulletins.Writing;
using Wuhu.Reports.Html;
using Wuhu.Reports.Rendering;

namespace Wuhu.Benchmarks;

/// <summary>
/// `-- cpu [runs]`: the same operations as the BenchmarkDotNet classes, timed by the process's CPU time
/// (all threads, GC included) as well as wall time. On a machine shared with other builds the wall time
/// swings with the load; CPU time does not, so the targets are checked against it.
/// </summary>
internal static class CpuTimeRun
{
    /// <param name="parseOnly">Only the parse rows (`-- cpu 5 parse`): a minute less, for parser work.</param>
    public static void Run(int runs, bool parseOnly = false)
    {
        Console.WriteLine($"# CPU-time run: {runs} measured runs after warm-up to a steady time per operation; medians. {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| Operation | Input | Input size | CPU ms (median) | Wall ms (median) | Allocated MB | Output | Throughput (CPU) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");

        var annual = File.ReadAllBytes(BenchmarkInputs.AnnualBulletin);
        foreach (var (name, bytes) in new[] { (ReportInputs.Real, annual), ("synthetic-1000", Synthetic(1_000)), ("synthetic-10000", Synthetic(10_000)) })
        {
            var m = Measure(runs, () => BulletinParser.Parse(bytes, name + ".txt", BenchmarkInputs.Uncapped).Tasks.Count);
            Row("parse", name, $"{bytes.Length / 1024.0:N0} KiB", m, $"{m.Result} tasks", $"{bytes.Length / 1e6 / (m.CpuMs / 1000):N1} MB/s");
        }

        foreach (var input in parseOnly ? [] : new[] { ReportInputs.Real, "synthetic-129", "synthetic-1000", "synthetic-10000" })
        {
            var source = ReportInputs.Source(input);
            var report = ReportInputs.Build(source);
            var heavy = input.EndsWith("10000", StringComparison.Ordinal);
            var build = Measure(heavy ? Math.Min(runs, 3) : runs, () => ReportInputs.Build(source).Appendix.Count);
            Row("build report", input, $"{report.Appendix.Count} tasks", build, string.Empty, string.Empty);
            var pdf = Measure(heavy ? Math.Min(runs, 3) : runs, () => new SkiaPdfReportRenderer().Render(report).Length);
            Row("render PDF", input, $"{report.Appendix.Count} tasks", pdf, $"{pdf.Result / 1024.0:N0} KiB", $"{report.Appendix.Count / (pdf.CpuMs / 1000):N0} tasks/s");
            var html = Measure(runs, () => new HtmlReportRenderer().Render(report).Length);
            Row("render HTML", input, $"{report.Appendix.Count} tasks", html, $"{html.Result / 1024.0:N0} KiB", $"{report.Appendix.Count / (html.CpuMs / 1000):N0} tasks/s");
        }

        Console.WriteLine();
        Console.WriteLine($"Peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB (all of the above in one process)");
    }

    private static byte[] Synthetic(int tasks) =>
        Encoding.UTF8.GetBytes(BulletinWriter.Text(SyntheticBulletin.Generate(tasks, 2025, 4, seed: 1), SyntheticBulletin.PrintedNumber));

    private sealed record Measurement(double CpuMs, double WallMs, double AllocatedMb, int Result);

    /// <summary>
    /// Medians per operation. Short operations run several times per sample so that a sample lasts at least
    /// ~200 ms: Linux reports process CPU time in 10 ms ticks.
    /// </summary>
    private static Measurement Measure(int runs, Func<int> operation)
    {
        // Warm up until the time per operation settles (one-second windows within 5% of each other, at most 20 s):
        // tiered JIT with dynamic PGO reaches its final code only after hundreds of calls, later under load.
        // Timing earlier would measure the JIT, not the code (the parse is 3-4x slower in its first seconds).
        var result = 0;
        var warm = Stopwatch.StartNew();
        var previous = double.MaxValue;
        var perOperation = 0.0;
        while (warm.Elapsed.TotalSeconds < 20)
        {
            var window = Stopwatch.StartNew();
            var count = 0;
            do
            {
                result = operation();
                count++;
            }
            while (window.Elapsed.TotalSeconds < 1 || count < 2);

            perOperation = window.Elapsed.TotalMilliseconds / count;
            if (Math.Abs(perOperation - previous) <= 0.05 * previous)
            {
                break;
            }

            previous = perOperation;
        }

        var repeat = (int)Math.Clamp(200 / Math.Max(0.01, perOperation), 1, 10_000);
        var cpu = new List<double>();
        var wall = new List<double>();
        var allocated = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            for (var r = 0; r < repeat; r++)
            {
                result = operation();
            }

            clock.Stop();
            var allocatedAfter = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds / repeat);
            wall.Add(clock.Elapsed.TotalMilliseconds / repeat);
            allocated.Add((allocatedAfter - allocatedBefore) / 1048576.0 / repeat);
        }

        return new Measurement(Median(cpu), Median(wall), Median(allocated), result);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static void Row(string operation, string input, string size, Measurement m, string output, string throughput) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {operation} | {input} | {size} | {m.CpuMs:N1} | {m.WallMs:N1} | {m.AllocatedMb:N1} | {output} | {throughput} |"));

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
