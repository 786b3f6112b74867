using System.CommandLine;
using System.Diagnostics;
using Wuhu.Reports;
using Wuhu.Reports.Building;
using Wuhu.Reports.Model;

namespace Wuhu.Cli;

/// <summary>
/// `wuhu report --year Y [--quarter Q] [--from-file FILE…] [--out FILE.pdf]`: builds one annual or quarterly
/// report, from bulletin files or from what storage has published.
/// </summary>
public static class ReportCommand
{
    public static Command Create(Func<IReportRenderer> renderer)
    {
        var year = new Option<int>("--year") { Description = "Year of the report, e.g. 2023.", Required = true };
        var quarter = new Option<int?>("--quarter") { Description = "1–4 for a quarterly report; omit for the annual report." };
        var fromFile = new Option<FileInfo[]>("--from-file")
        {
            Description = "Bulletin files to build from (the year's bulletins; several allowed). Without it, reads from storage.",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<FileInfo?>("--out") { Description = "PDF to write; default ./wuhu-{year}-annual.pdf or ./wuhu-{year}-q{n}.pdf." };
        var command = new Command("report", "Build an annual or quarterly PDF report.") { year, quarter, fromFile, output };
        command.SetAction(result =>
        {
            var request = new ReportRequest(result.GetValue(year), result.GetValue(quarter), result.GetValue(output));
            var files = result.GetValue(fromFile) ?? [];
            return Run(request, () => ReportFileSources.Load(files), renderer(), Console.Out, Console.Error);
        });
        return command;
    }

    public sealed record ReportRequest(int Year, int? Quarter, FileInfo? Out);

    /// <summary>Builds, renders and writes the report; returns the exit code (0 written, 1 input or data problem).</summary>
    public static int Run(
        ReportRequest request,
        Func<IReadOnlyList<BulletinSource>> loadSources,
        IReportRenderer renderer,
        TextWriter stdout,
        TextWriter stderr)
    {
        if (request.Quarter is { } q && q is < 1 or > 4)
        {
            stderr.WriteLine($"error: --quarter must be 1–4, not {q}.");
            return 1;
        }

        ReportDocument report;
        try
        {
            report = Build(request, loadSources());
        }
        catch (ReportInputException problem)
        {
            stderr.WriteLine($"error: {problem.Message}");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var pdf = renderer.Render(report);
        clock.Stop();

        var target = request.Out ?? new FileInfo(report.FileName);
        WriteAtomically(target, pdf);
        stdout.WriteLine($"wrote {target.FullName} ({pdf.Length:N0} bytes, {report.Figures.Tasks} tasks, {report.PeriodLabel}, rendered in {clock.ElapsedMilliseconds} ms)");
        return 0;
    }

    public static ReportDocument Build(ReportRequest request, IReadOnlyList<BulletinSource> sources)
    {
        var builder = new ReportBuilder(TimeProvider.System);
        return request.Quarter is { } quarter
            ? builder.BuildQuarterly(request.Year, quarter, sources)
            : builder.BuildAnnual(request.Year, sources);
    }

    /// <summary>Writes next to the target and renames, so a reader never opens a half-written PDF.</summary>
    private static void WriteAtomically(FileInfo target, byte[] content)
    {
        var directory = target.Directory ?? new DirectoryInfo(Environment.CurrentDirectory);
        directory.Create();
        var temporary = Path.Combine(directory.FullName, $".{target.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, target.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
