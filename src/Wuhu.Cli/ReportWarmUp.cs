using Wuhu.Bulletins.Synthetic;
using Wuhu.Reports;
using Wuhu.Reports.Building;

namespace Wuhu.Cli;

/// <summary>
/// Builds and renders a small synthetic report on a background thread while the command parses the real bulletins.
/// Most of a fresh `wuhu report` is cost paid once per process, not per report: the runtime loading types and
/// compiling generic code, Skia and FreeType setting up, the fonts being opened. A 2-core machine has a core idle
/// while the bulletins are parsed; paid there, those costs are mostly behind us when the real report is built and
/// rendered (measured: docs/benchmarks.md, "Issue 14, third pass"). The practice report is thrown away.
/// </summary>
internal static class ReportWarmUp
{
    /// <summary>Twelve tasks reach every section of an annual report (charts, tables, appendix) and take a few milliseconds warm.</summary>
    private const int Tasks = 12;

    /// <summary>
    /// Starts the warm-up on a background thread of its own (starting the thread pool would cost the main thread
    /// more) and returns at once; nothing waits for it, and it does not keep the process alive.
    /// </summary>
    public static void Start(IReportRenderer renderer) => new Thread(() => Run(renderer)) { IsBackground = true, Name = "report warm-up" }.Start();

    private static void Run(IReportRenderer renderer)
    {
        try
        {
            // Building and rendering first: they are the larger part, and the main thread reaches them last.
            var bulletin = SyntheticBulletin.Generate(Tasks, 2000, 4);
            var sources = new[] { new BulletinSource(bulletin, Sha256: new string('0', 64)) };
            renderer.Render(new ReportBuilder(TimeProvider.System).BuildAnnual(bulletin.Year, sources));

            // Each real bulletin is hashed too; the first hash sets the hash provider (OpenSSL) up.
            _ = BulletinSource.FromBytes(bulletin, "warm-up"u8);
        }
        catch (Exception)
        {
            // A practice run only: the real report goes through the same code and reports any failure itself.
            // Letting the exception escape would end the process.
        }
    }
}
