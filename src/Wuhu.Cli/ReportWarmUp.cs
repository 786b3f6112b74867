using Wuhu.Bulletins.Synthetic;
using Wuhu.Reports;
using Wuhu.Reports.Building;

namespace Wuhu.Cli;

/// <summary>
/// Builds and renders a small synthetic report on a thread-pool thread while the command parses the real bulletins.
/// Most of a fresh `wuhu report` is cost paid once per process, not per report: the runtime loading types and
/// compiling generic code, Skia and FreeType setting up, the fonts being opened. A 2-core machine has a core idle
/// while the bulletins are parsed; paid there, those costs are mostly behind us when the real report is built and
/// rendered (measured: docs/benchmarks.md, "Issue 14, third pass"). The practice report is thrown away.
/// </summary>
internal static class ReportWarmUp
{
    /// <summary>Twelve tasks reach every section of an annual report (charts, tables, appendix) and take a few milliseconds warm.</summary>
    private const int Tasks = 12;

    /// <summary>Starts the warm-up and returns at once; nothing waits for it.</summary>
    public static void Start(IReportRenderer renderer) => ThreadPool.UnsafeQueueUserWorkItem(
        static renderer =>
        {
            try
            {
                var bulletin = SyntheticBulletin.Generate(Tasks, 2000, 4);
                // Hashing a few bytes sets the hash provider (OpenSSL) up too, which each real bulletin goes through.
                var sources = new[] { BulletinSource.FromBytes(bulletin, "warm-up"u8) };
                renderer.Render(new ReportBuilder(TimeProvider.System).BuildAnnual(bulletin.Year, sources));
            }
            catch (Exception)
            {
                // A practice run only: the real report goes through the same code and reports any failure itself.
                // Letting the exception escape would end the process from a thread-pool thread.
            }
        },
        renderer,
        preferLocal: false);
}
