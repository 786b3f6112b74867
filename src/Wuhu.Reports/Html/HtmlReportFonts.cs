using Wuhu.Reports.Pdf;

namespace Wuhu.Reports.Html;

/// <summary>
/// The shipped CJK fonts as files next to an HTML report, so a browser renders (and prints) it with the same
/// glyphs as the PDF without fetching anything. The HTML refers to them by a relative URL.
/// </summary>
public static class HtmlReportFonts
{
    /// <summary>Default folder, relative to the HTML file, that holds the fonts.</summary>
    public const string DefaultFolder = "wuhu-fonts";

    public const string RegularFile = "NotoSansCJKsc-Regular-subset.ttf";
    public const string BoldFile = "NotoSansCJKsc-Bold-subset.ttf";

    /// <summary>
    /// Writes both fonts (and the SIL OFL licence text when the app ships it) into <paramref name="directory"/>.
    /// A font already there with the same bytes is left alone: reports written into one folder share them.
    /// </summary>
    public static IReadOnlyList<string> WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var (name, bold) in new[] { (RegularFile, false), (BoldFile, true) })
        {
            var path = Path.Combine(directory, name);
            var bytes = EmbeddedFonts.FontFile(bold);
            if (!SameContent(path, bytes))
            {
                File.WriteAllBytes(path, bytes);
            }

            written.Add(path);
        }

        var licence = Path.Combine(AppContext.BaseDirectory, "Fonts", "OFL.txt");
        if (File.Exists(licence))
        {
            var target = Path.Combine(directory, "OFL.txt");
            File.Copy(licence, target, overwrite: true);
            written.Add(target);
        }

        return written;
    }

    private static bool SameContent(string path, ReadOnlySpan<byte> bytes)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
