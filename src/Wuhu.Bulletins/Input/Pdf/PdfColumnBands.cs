using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>
/// The table's columns as horizontal bands. Header text is often centred while body text is left-aligned, so a
/// boundary is not halfway between two header cells: it is the emptiest vertical strip of the body between them
/// (the gutter no cell text crosses).
/// </summary>
internal sealed class PdfColumnBands
{
    private const double Step = 0.5;

    private PdfColumnBands(IReadOnlyList<string> headers, IReadOnlyList<double> boundaries)
    {
        Headers = headers;
        Boundaries = boundaries;
    }

    /// <summary>The header text of each band, left to right.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Boundaries[i] separates band i from band i + 1.</summary>
    public IReadOnlyList<double> Boundaries { get; }

    public int Count => Headers.Count;

    public int BandOf(double x)
    {
        var band = 0;
        while (band < Boundaries.Count && x >= Boundaries[band]) band++;
        return band;
    }

    public static PdfColumnBands Compute(PdfHeader header, IReadOnlyList<PdfLine> body)
    {
        // Section headings span the table and would fill the gutters.
        var glyphs = body.Where(l => !TaskNumber.IsSectionHeading(l.Text)).SelectMany(l => l.Glyphs).Where(g => !g.IsSpace).ToList();
        var headers = header.Cells.Select(c => c.Text).ToList();
        var boundaries = new List<double>();
        for (var c = 0; c + 1 < header.Cells.Count; c++)
        {
            boundaries.Add(Gutter(glyphs, header.Cells[c].Right, header.Cells[c + 1].Left));
        }

        if (!header.Row.Has(ColumnKind.Number) && NumberColumnBoundary(glyphs, body, header.Cells[0].Right) is { } numbers)
        {
            // The rows start with a column of task numbers that has no header cell of its own.
            headers.Insert(0, "序号");
            boundaries.Insert(0, numbers);
        }

        return new PdfColumnBands(headers, boundaries);
    }

    /// <summary>The middle of the widest least-covered strip of [<paramref name="from"/>, <paramref name="to"/>].</summary>
    private static double Gutter(IReadOnlyList<PdfGlyph> glyphs, double from, double to)
    {
        if (to - from <= Step) return (from + to) / 2;
        var coverage = Coverage(glyphs, from, to);
        var least = coverage.Min();
        var (start, length) = Runs(coverage, c => c == least).MaxBy(r => r.Length);
        return from + (start + length / 2.0) * Step;
    }

    /// <param name="firstHeaderRight">The right end of the first header cell: its column's text begins left of it.</param>
    private static double? NumberColumnBoundary(IReadOnlyList<PdfGlyph> glyphs, IReadOnlyList<PdfLine> body, double firstHeaderRight)
    {
        if (glyphs.Count == 0) return null;
        var from = glyphs.Min(g => g.Left);
        if (firstHeaderRight - from <= Step) return null;
        var coverage = Coverage(glyphs, from, firstHeaderRight);
        // The first empty strip (at least 2 pt) after some text: the gap between the numbers and the task text. A
        // note under the table may cross it, so a strip crossed by one line in twenty still counts as empty.
        var crossings = Math.Max(1, body.Count / 20);
        var gap = Runs(coverage, c => c <= crossings).FirstOrDefault(r => r.Start > 0 && r.Length * Step >= 2 && r.Start + r.Length < coverage.Length);
        if (gap.Length == 0) return null;
        var boundary = from + (gap.Start + gap.Length / 2.0) * Step;

        var leftTexts = body
            .Where(l => !TaskNumber.IsSectionHeading(l.Text))
            .Select(l => PdfText.Join([.. l.Glyphs.Where(g => g.CenterX < boundary)]))
            .Where(t => t.Length > 0)
            .ToList();
        return leftTexts.Count > 0 && leftTexts.Count(t => TaskNumber.TryParse(t, out _)) >= leftTexts.Count * 0.8 ? boundary : null;
    }

    private static int[] Coverage(IReadOnlyList<PdfGlyph> glyphs, double from, double to)
    {
        var coverage = new int[(int)Math.Ceiling((to - from) / Step)];
        foreach (var glyph in glyphs)
        {
            if (glyph.Right <= from || glyph.Left >= to) continue;
            var first = Math.Max(0, (int)Math.Floor((glyph.Left - from) / Step));
            var last = Math.Min(coverage.Length - 1, (int)Math.Floor((glyph.Right - from) / Step));
            for (var i = first; i <= last; i++) coverage[i]++;
        }

        return coverage;
    }

    private static List<(int Start, int Length)> Runs(int[] coverage, Func<int, bool> inRun)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < coverage.Length;)
        {
            if (!inRun(coverage[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < coverage.Length && inRun(coverage[i])) i++;
            runs.Add((start, i - start));
        }

        return runs;
    }
}
