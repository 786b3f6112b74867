using System.CommandLine;
using System.Diagnostics;
using Azure;
using Wuhu.Reports;
using Wuhu.Reports.Building;
using Wuhu.Reports.Html;
using Wuhu.Reports.Model;
using Wuhu.Reports.Rendering;

namespace Wuhu.Cli;

/// <summary>
/// `wuhu report --year Y [--quarter Q] [--from-file FILE|DIR…] [--out FILE.pdf|DIR] [--connection …]`: builds one annual
/// or quarterly report, from bulletin files (no storage at all) or from what storage has published.
/// </summary>
public static class ReportCommand
{
    public static Command Create() => Create(() =>
    {
        var renderer = new SkiaPdfReportRenderer();
        ReportWarmUp.Start(renderer);
        return renderer;
    });

    public static Command Create(Func<IReportRenderer> renderer)
    {
        var year = new Option<int>("--year") { Description = "Year of the report, e.g. 2023.", Required = true };
        var quarter = new Option<int?>("--quarter") { Description = "1–4 for a quarterly report; omit for the annual report." };
        var fromFile = new Option<FileInfo[]>("--from-file")
        {
            Description = "Bulletin files or folders to build from (the year's bulletins; several allowed). Without it, reads what storage has published.",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<FileInfo?>("--out") { Description = $"PDF file or directory to write to; default {DefaultOutputFolder}/wuhu-{{year}}-annual.pdf or {DefaultOutputFolder}/wuhu-{{year}}-q{{n}}.pdf." };
        var html = new Option<FileInfo?>("--html")
        {
            Description = "Also write the report as one standalone HTML file (same content and charts; the fonts go into wuhu-fonts/ next to it).",
        };
        var connection = CliStorage.ConnectionOption();
        var command = new Command("report", "Build an annual or quarterly PDF report.") { year, quarter, fromFile, output, html, connection };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new ReportRequest(result.GetValue(year), result.GetValue(quarter), result.GetValue(output), result.GetValue(html));
            var files = result.GetValue(fromFile) ?? [];
            var connectionString = result.GetValue(connection)!;
            Func<CancellationToken, Task<IReadOnlyList<BulletinSource>>> load = files.Length > 0
                ? _ => Task.FromResult(ReportFileSources.Load(files, Console.Error))
                : async ct => await ReportStorageSources.LoadAsync(await CliStorage.OpenAsync(connectionString, ct), request.Year, ct);
            return RunAsync(request, load, renderer(), Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>Where reports go without --out: a folder of their own, not the current folder.</summary>
    public const string DefaultOutputFolder = "out";

    /// <param name="Html">Where to write the HTML version too (null: PDF only).</param>
    public sealed record ReportRequest(int Year, int? Quarter, FileInfo? Out, FileInfo? Html = null);

    /// <summary>Builds, renders and writes the report; returns the exit code (0 written, 1 input, data or storage problem).</summary>
    public static async Task<int> RunAsync(
        ReportRequest request,
        Func<CancellationToken, Task<IReadOnlyList<BulletinSource>>> loadSources,
        IReportRenderer renderer,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken = default)
    {
        if (request.Quarter is { } q && q is < 1 or > 4)
        {
            stderr.WriteLine($"error: --quarter must be 1–4, not {q}.");
            return 1;
        }

        ReportDocument report;
        try
        {
            report = Build(request, await loadSources(cancellationToken));
        }
        catch (ReportInputException problem)
        {
            stderr.WriteLine($"error: {problem.Message}");
            return 1;
        }
        catch (CliStorageException e)
        {
            stderr.WriteLine($"error: {e.Message} Or build from files with --from-file.");
            return 1;
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
        {
            stderr.WriteLine($"error: cannot read from storage: {e.Message}");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var pdf = renderer.Render(report);
        clock.Stop();

        var target = OutputFile(request.Out, report.FileName);
        WriteAtomically(target, pdf);
        stdout.WriteLine($"wrote {target.FullName} ({pdf.Length:N0} bytes, {report.Figures.Tasks} tasks, {report.PeriodLabel}, rendered in {clock.ElapsedMilliseconds} ms)");
        if (request.Html is { } htmlFile)
        {
            WriteHtml(report, htmlFile, stdout);
        }

        return 0;
    }

    /// <summary>The HTML version, with the fonts it refers to written into wuhu-fonts/ beside it.</summary>
    private static void WriteHtml(ReportDocument report, FileInfo file, TextWriter stdout)
    {
        var clock = Stopwatch.StartNew();
        var html = new HtmlReportRenderer(HtmlReportFonts.DefaultFolder).Render(report);
        clock.Stop();
        var directory = file.Directory?.FullName ?? Environment.CurrentDirectory;
        HtmlReportFonts.WriteTo(Path.Combine(directory, HtmlReportFonts.DefaultFolder));
        WriteAtomically(file, html);
        stdout.WriteLine($"wrote {file.FullName} ({html.Length:N0} bytes, fonts in {Path.Combine(directory, HtmlReportFonts.DefaultFolder)}, rendered in {clock.ElapsedMilliseconds} ms)");
    }

    /// <summary>
    /// Where the PDF goes: <see cref="DefaultOutputFolder"/> under the current folder without --out; inside an existing
    /// directory (or a path ending in a separator) under the report's own file name; else the file given.
    /// </summary>
    public static FileInfo OutputFile(FileInfo? requested, string reportFileName) => requested switch
    {
        null => new FileInfo(Path.Combine(DefaultOutputFolder, reportFileName)),
        var o when Directory.Exists(o.FullName) || o.FullName.EndsWith(Path.DirectorySeparatorChar) => new FileInfo(Path.Combine(o.FullName, reportFileName)),
        var o => o,
    };

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
