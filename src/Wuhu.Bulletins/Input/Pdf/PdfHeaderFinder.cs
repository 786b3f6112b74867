using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>A header cell as printed: its text (wrapped lines joined) and horizontal extent.</summary>
internal sealed record PdfHeaderCell(string Text, double Left, double Right);

/// <summary>The header row found on a page: lines [<see cref="FirstLine"/>, <see cref="EndLine"/>) of that page.</summary>
internal sealed record PdfHeader(int FirstLine, int EndLine, double Top, double Bottom, IReadOnlyList<PdfHeaderCell> Cells, HeaderRow Row);

/// <summary>
/// Finds the table's header row among a page's lines. Header cells may wrap ("牵头责任" / "单位") or be centred
/// vertically, so up to three consecutive lines are read together, text runs that overlap horizontally forming one cell.
/// </summary>
internal static class PdfHeaderFinder
{
    /// <summary>Cells side by side are further apart than this (in font sizes); words inside a cell are closer.</summary>
    public const double CellGapInEm = 1.0;

    private const int MaxHeaderLines = 3;

    /// <param name="maxFirstLine">Only windows starting before this line (a repeated header stands at the top of its page).</param>
    public static PdfHeader? Find(IReadOnlyList<PdfLine> lines, int maxFirstLine = int.MaxValue)
    {
        // Cheap test first: one of a header's lines has a cell that names a column (the first line may hold
        // only the top half of a wrapped cell, "牵头责任").
        var end = (int)Math.Min(lines.Count, (long)maxFirstLine + MaxHeaderLines - 1);
        var namesColumn = lines.Take(end).Select(l => l.Split(CellGapInEm).Any(run => HeaderRow.Classify(run.Text) is not null)).ToArray();
        for (var first = 0; first < Math.Min(lines.Count, maxFirstLine); first++)
        {
            if (!namesColumn.Skip(first).Take(MaxHeaderLines).Any(named => named)) continue;

            for (var count = 1; count <= MaxHeaderLines && first + count <= lines.Count; count++)
            {
                var last = first + count;
                if (count > 1 && lines[last - 1].Top - lines[last - 2].Bottom > 1.5 * lines[last - 1].Size) break;
                if (Match(lines, first, last) is not { } header) continue;

                // A cell centred vertically leaves the last line of a taller header cell ("情况") on a line of its own.
                while (header.EndLine < Math.Min(lines.Count, first + MaxHeaderLines)
                    && lines[header.EndLine].Top - lines[header.EndLine - 1].Bottom <= 1.5 * lines[header.EndLine].Size
                    && Match(lines, first, header.EndLine + 1) is { } longer && longer.Cells.Count == header.Cells.Count)
                {
                    header = longer;
                }

                return header;
            }
        }

        return null;
    }

    private static PdfHeader? Match(IReadOnlyList<PdfLine> lines, int first, int end)
    {
        var window = lines.Skip(first).Take(end - first).ToList();
        var cells = Cells(window);
        return HeaderRow.TryMatch([.. cells.Select(c => c.Text)]) is { } row
            ? new PdfHeader(first, end, window.Min(l => l.Top), window.Max(l => l.Bottom), cells, row)
            : null;
    }

    private static List<PdfHeaderCell> Cells(IEnumerable<PdfLine> lines)
    {
        var groups = new List<List<PdfLine>>();
        foreach (var run in lines.SelectMany(l => l.Split(CellGapInEm)).OrderBy(r => r.Left))
        {
            var group = groups.FirstOrDefault(g => run.Left < g.Max(r => r.Right) && run.Right > g.Min(r => r.Left));
            if (group is null) groups.Add([run]);
            else group.Add(run);
        }

        return [.. groups
            .Select(g => new PdfHeaderCell(string.Concat(g.OrderBy(r => r.Top).ThenBy(r => r.Left).Select(r => r.Text)), g.Min(r => r.Left), g.Max(r => r.Right)))
            .OrderBy(c => c.Left)];
    }
}
