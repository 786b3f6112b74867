using BenchmarkDotNet.Attributes;
using Wuhu.Reports.Building;
using Wuhu.Reports.Html;
using Wuhu.Reports.Model;
using Wuhu.Reports.Rendering;

namespace Wuhu.Benchmarks;

/// <summary>
/// Report rendering: the real 129-task annual report and synthetic 129 / 1,000 / 10,000-task ones, to PDF (the
/// product) and to HTML (the input of the Chromium comparison). Output sizes are in the PdfKiB / HtmlKiB columns.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OutputSizeColumns.Config))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class RenderBenchmarks
{
    private BulletinSource source = null!;
    private ReportDocument report = null!;
    private readonly SkiaPdfReportRenderer pdf = new();
    private readonly HtmlReportRenderer html = new();

    [Params(ReportInputs.Real, "synthetic-129", "synthetic-1000", "synthetic-10000")]
    public string Input { get; set; } = ReportInputs.Real;

    [GlobalSetup]
    public void Setup()
    {
        source = ReportInputs.Source(Input);
        report = ReportInputs.Build(source);
    }

    [Benchmark(Baseline = true)]
    public int Pdf() => pdf.Render(report).Length;

    [Benchmark]
    public int Html() => html.Render(report).Length;

    /// <summary>Building the report model from the parsed bulletin (figures, scoreboard, attention list…).</summary>
    [Benchmark]
    public int Build() => ReportInputs.Build(source).Appendix.Count;
}
