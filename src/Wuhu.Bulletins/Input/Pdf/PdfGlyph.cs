using System.Text;

namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>One drawn character of a PDF page, in points with y growing downwards (reading order).</summary>
internal sealed record PdfGlyph(string Text, double Left, double Right, double Baseline, double Size)
{
    // Ascent and descent of a CJK font relative to the baseline; only used to compare lines, so the usual ratio is enough.
    public double Top => Baseline - 0.85 * Size;
    public double Bottom => Baseline + 0.15 * Size;
    public double CenterX => (Left + Right) / 2;
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);
}

/// <summary>Glyphs that share a baseline, left to right: a visual line of the page or of one column.</summary>
internal sealed class PdfLine
{
    public PdfLine(IEnumerable<PdfGlyph> glyphs)
    {
        Glyphs = [.. glyphs.OrderBy(g => g.Left)];
        var ink = Glyphs.Where(g => !g.IsSpace).ToList();
        if (ink.Count == 0) ink = [.. Glyphs];
        Left = ink.Min(g => g.Left);
        Right = ink.Max(g => g.Right);
        Top = ink.Min(g => g.Top);
        Bottom = ink.Max(g => g.Bottom);
        Size = ink.Max(g => g.Size);
        Text = PdfText.Join(Glyphs);
    }

    public IReadOnlyList<PdfGlyph> Glyphs { get; }
    public double Left { get; }
    public double Right { get; }
    public double Top { get; }
    public double Bottom { get; }
    public double Size { get; }
    public string Text { get; }

    /// <summary>Runs of the line separated by gaps wider than <paramref name="gapInEm"/> font sizes (table cells side by side).</summary>
    public IEnumerable<PdfLine> Split(double gapInEm)
    {
        var run = new List<PdfGlyph>();
        PdfGlyph? previous = null;
        foreach (var glyph in Glyphs.Where(g => !g.IsSpace))
        {
            if (previous is not null && glyph.Left - previous.Right > gapInEm * Math.Max(glyph.Size, previous.Size))
            {
                yield return new PdfLine(run);
                run = [];
            }

            run.Add(glyph);
            previous = glyph;
        }

        if (run.Count > 0) yield return new PdfLine(run);
    }
}

internal static class PdfText
{
    /// <summary>A gap this wide (in font sizes) between two glyphs is a word space even when no space was drawn.</summary>
    private const double SpaceGapInEm = 0.3;

    public static string Join(IReadOnlyList<PdfGlyph> glyphs)
    {
        var text = new StringBuilder();
        PdfGlyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsSpace)
            {
                if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
            }
            else
            {
                if (previous is { IsSpace: false } && glyph.Left - previous.Right > SpaceGapInEm * glyph.Size && text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                text.Append(glyph.Text);
            }

            previous = glyph;
        }

        return text.ToString().Trim();
    }

    /// <summary>Groups glyphs into visual lines: a line holds the glyphs whose baseline is within a third of a font size of its first one.</summary>
    public static List<PdfLine> Lines(IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<PdfLine>();
        var current = new List<PdfGlyph>();
        var anchor = 0.0;
        foreach (var glyph in glyphs.OrderBy(g => g.Baseline))
        {
            if (current.Count > 0 && glyph.Baseline - anchor > 0.35 * Math.Max(glyph.Size, current[0].Size))
            {
                lines.Add(new PdfLine(current));
                current = [];
            }

            if (current.Count == 0) anchor = glyph.Baseline;
            current.Add(glyph);
        }

        if (current.Count > 0) lines.Add(new PdfLine(current));
        return lines;
    }
}
