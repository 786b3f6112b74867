using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Wuhu.Reports.Html;
using Wuhu.Reports.Rendering;

namespace Wuhu.Benchmarks;

/// <summary>Columns with the size of the rendered PDF and HTML for a benchmark's input (rendered once, in the host process).</summary>
internal sealed class OutputSizeColumns(string name, bool html) : IColumn
{
    private static readonly ConcurrentDictionary<(string Input, bool Html), long> Sizes = new();

    public sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new OutputSizeColumns("PdfKiB", html: false), new OutputSizeColumns("HtmlKiB", html: true));
        }
    }

    public string Id => name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => html ? "Size of the HTML file for this input (KiB, fonts not counted)" : "Size of the PDF for this input (KiB)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var input = benchmarkCase.Parameters["Input"] as string ?? ReportInputs.Real;
        var bytes = Sizes.GetOrAdd((input, html), key =>
        {
            var report = ReportInputs.Build(key.Input);
            return key.Html ? new HtmlReportRenderer().Render(report).LongLength : new SkiaPdfReportRenderer().Render(report).LongLength;
        });
        return (bytes / 1024.0).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
