using System.Diagnostics;
using Wuhu.Reports.Pdf;

namespace Wuhu.Bulletins.Tests.Support;

/// <summary>
/// Prints an HTML page to PDF with headless Chromium, as an office prints a web bulletin ("Save as PDF"): Debian's
/// `chromium` (scripts/test.sh installs it; WUHU_CHROMIUM names another). The page gets the repository's CJK font
/// as <c>font.ttf</c> next to it, so the print does not depend on the machine's fonts.
/// </summary>
public static class ChromiumPdf
{
    public const string Variable = "WUHU_CHROMIUM";

    // Two cores are shared by the whole test run: one Chromium at a time.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    /// <param name="browserHeaderFooter">Chromium's own print header (date, page title) and footer (URL, "1/2").</param>
    public static byte[] Print(string html, bool browserHeaderFooter = false)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException($"Chromium is not at {ExecutablePath}: install Debian's package (as scripts/test.sh does) or set {Variable}.", ExecutablePath);
        }

        var folder = Directory.CreateTempSubdirectory("wuhu-print-");
        OneAtATime.Wait();
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "font.ttf"), EmbeddedFonts.FontFile(false));
            var page = Path.Combine(folder.FullName, "page.html");
            var pdf = Path.Combine(folder.FullName, "page.pdf");
            File.WriteAllText(page, html);
            var start = new ProcessStartInfo(ExecutablePath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri])
            {
                start.ArgumentList.Add(argument);
            }

            if (!browserHeaderFooter) start.ArgumentList.Insert(start.ArgumentList.Count - 1, "--no-pdf-header-footer");
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not print the page within 2 minutes.");
            }

            if (!File.Exists(pdf)) throw new InvalidOperationException($"Chromium wrote no PDF (exit {process.ExitCode}): {errors.Result}");
            // WUHU_KEEP_PRINTS=<folder> keeps every print, to look at what the tests read (pdftoppm -png …).
            if (Environment.GetEnvironmentVariable("WUHU_KEEP_PRINTS") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                File.Copy(pdf, Path.Combine(keep, $"{DateTime.UtcNow:HHmmss.fff}-{Guid.NewGuid():N}.pdf"[..24] + ".pdf"));
            }

            return File.ReadAllBytes(pdf);
        }
        finally
        {
            OneAtATime.Release();
            folder.Delete(recursive: true);
        }
    }
}
