using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>
/// Rebuilds the table's rows from the lines below the header on every page. Rows are separated by the table's
/// horizontal rules when it has them, otherwise by the blank strips between rows; a strip that holds a task
/// number in the number band starts a task, one without continues the task above (a cell running over a page
/// break, or a paragraph gap). Wrapped lines of a cell are joined back into its paragraphs.
/// </summary>
internal static partial class PdfTableRows
{
    /// <summary>Two glyphs closer than this (in font sizes) belong to one run of text; a run crossing a band boundary spans the table.</summary>
    private const double RunGapInEm = 0.3;

    [GeneratedRegex(@"^([(（]?\d{1,3}(?:[)）、]|[.．](?!\d))|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|[①-⑳])")]
    private static partial Regex ItemStart();

    private abstract record Segment;

    private sealed record SectionSegment(PdfSectionLine Heading) : Segment;

    private sealed record CellSegment(List<PdfCellLine> Lines) : Segment;

    private sealed class Row(int bands)
    {
        public string? Section { get; init; }
        public List<PdfCellLine>[] Cells { get; } = [.. Enumerable.Range(0, bands).Select(_ => new List<PdfCellLine>())];
    }

    /// <param name="noise">Lines of the preamble (the title): printed again between rows, they are page furniture.</param>
    public static List<IReadOnlyList<TableCell>> Build(
        IReadOnlyList<PdfPageContent> pages, IReadOnlyList<List<PdfLine>> lines, int headerPage, PdfHeader header,
        PdfColumnBands bands, IReadOnlySet<string> noise, List<ParseWarning> warnings)
    {
        var regions = new List<(List<PdfRegionLine> Lines, List<double> Rules)>();
        for (var p = headerPage; p < pages.Count; p++)
        {
            regions.Add(PageRegion(pages[p], p, lines[p], p == headerPage ? header : null, header, bands, noise, warnings));
        }

        // The table ends at the first line outside its cells after which the numbering does not go on.
        var numberBand = IndexOf(bands, ColumnKind.Number);
        var regionLines = regions.SelectMany(r => r.Lines).ToList();
        var end = PdfTableEnd.Find(regionLines, numberBand);
        foreach (var line in regionLines.Take(end).Where(l => l.Kind == PdfLineKind.Unplaced))
        {
            warnings.Add(PdfTableEnd.Unplaced(line.Page, line.Line, line.Where));
        }

        PdfTableEnd.Report(regionLines, end, numberBand, warnings);
        var kept = regionLines.Take(end).ToHashSet();
        var pageItems = regions.Select(r => (Items: r.Lines.Where(kept.Contains).SelectMany(Items).ToList(), r.Rules)).ToList();

        var allCellLines = pageItems.SelectMany(x => x.Items.OfType<PdfCellLine>()).ToList();
        var threshold = RowGapThreshold(allCellLines);
        var segments = pageItems.SelectMany(x => Segments(x.Items, x.Rules, threshold)).ToList();
        var rows = AssembleRows(segments, bands);

        // The widest line of each column: what a wrapped line fills, whether the cells are left-aligned or centred.
        var bandWidth = Enumerable.Range(0, bands.Count)
            .Select(b => allCellLines.Where(l => l.Band == b).ToList())
            .Select(lines => lines.Count == 0 ? 0 : lines.Max(l => l.Line.Right) - lines.Min(l => l.Line.Left))
            .ToArray();
        // Unit names stand one per line, and a short name can look like a full line of a narrow column: keep the
        // printed lines and let LeadUnits join a name broken over two lines ("市退役军人" + "事务局") as it does for text.
        var unitsBand = IndexOf(bands, ColumnKind.Units);
        var table = new List<IReadOnlyList<TableCell>> { bands.Headers.Select(h => new TableCell([h])).ToList() };
        foreach (var row in rows)
        {
            table.Add(row.Section is { } section
                ? [new TableCell([section]), .. Enumerable.Range(1, bands.Count - 1).Select(_ => new TableCell([""]))]
                : [.. row.Cells.Select((cell, band) => new TableCell(band == unitsBand ? PrintedLines(cell) : Paragraphs(cell, bandWidth[band])))]);
        }

        return table;
    }

    private static IEnumerable<object> Items(PdfRegionLine line) => line.Kind switch
    {
        PdfLineKind.Cells => line.Cells,
        PdfLineKind.Section => [new PdfSectionLine(line.PageIndex, line.Line)],
        _ => [],
    };

    /// <summary>The lines of one page's table part as placed, and the rules that separate its rows.</summary>
    private static (List<PdfRegionLine> Lines, List<double> Rules) PageRegion(
        PdfPageContent page, int pageIndex, List<PdfLine> lines, PdfHeader? headerOnPage, PdfHeader header, PdfColumnBands bands,
        IReadOnlySet<string> noise, List<ParseWarning> warnings)
    {
        var start = 0;
        var regionTop = 0.0;
        if ((headerOnPage ?? RepeatedHeader(lines, header)) is { } pageHeader)
        {
            // Anything above a repeated header is a running title.
            start = pageHeader.EndLine;
            regionTop = pageHeader.Bottom;
        }

        var tableLeft = header.Cells[0].Left;
        var tableRight = header.Cells[^1].Right;
        // Borders may be drawn cell by cell: segments on one line that meet are one rule; the wide ones separate rows.
        var tableRules = JoinSegments(page.Rules.Where(r => r.Y >= regionTop - 3 && r.Right > tableLeft && r.Left < tableRight));
        var rules = tableRules
            .Where(r => r.Right - r.Left >= 0.5 * (tableRight - tableLeft))
            .Select(r => r.Y)
            .Order()
            .Aggregate(new List<double>(), (merged, y) =>
            {
                if (merged.Count == 0 || y - merged[^1] > 1.5) merged.Add(y);
                return merged;
            });
        var ruled = rules.Count >= 2;
        var tableBottom = ruled ? rules[^1] : double.MaxValue;
        var (left, right) = ruled ? (tableRules.Min(r => r.Left), tableRules.Max(r => r.Right)) : (0.0, 0.0);
        if (ruled)
        {
            // A row broken at the page end has no rule under it, but its cells' side borders run down to the break.
            var sides = page.VerticalRules.Where(v => v.X >= left - 2 && v.X <= right + 2 && v.Top >= regionTop - 3 && v.Top <= tableBottom + 1).ToList();
            if (sides.Count > 0) tableBottom = Math.Max(tableBottom, sides.Max(v => v.Bottom));
        }

        var placed = new List<PdfRegionLine>();
        PdfLine? previous = null;
        foreach (var whole in lines.Skip(start))
        {
            // The title or a page number printed again where a page broke.
            if (PageNoise.IsPageMarker(whole.Text) || noise.Contains(TextCleaner.RemoveAllWhitespace(whole.Text))) continue;

            var line = whole;
            if (ruled && Beside(whole, left, right) is var (inside, beside))
            {
                // A margin note or a stamp's text outside the table's borders belongs to no cell.
                warnings.Add(PdfTableEnd.Unplaced(page, beside, "beside the table"));
                if (inside is null) continue;
                line = inside;
            }

            var below = line.Top >= tableBottom - 1;
            // Without rules, a footer-like line inside one column, set as close as the lines of a cell, is that cell's text.
            var inCell = !ruled && previous is not null && line.Top - previous.Bottom < line.Size && !SpansBands(line, bands)
                && line.Glyphs.Where(g => !g.IsSpace).Select(g => bands.BandOf(g.CenterX)).Distinct().Count() == 1;
            previous = line;
            if (PageNoise.IsFooter(line.Text) && (!ruled || below) && !inCell)
            {
                // A web page printed to PDF: its print/close links and site footer end the table, as in HTML.
                placed.Add(new PdfRegionLine(page, pageIndex, line, PdfLineKind.Footer));
            }
            else if (below)
            {
                placed.Add(new PdfRegionLine(page, pageIndex, line, PdfLineKind.Unplaced) { Where = "below the table" });
            }
            else if (SpansBands(line, bands))
            {
                placed.Add(TaskNumber.IsSectionHeading(line.Text)
                    ? new PdfRegionLine(page, pageIndex, line, PdfLineKind.Section)
                    : new PdfRegionLine(page, pageIndex, line, PdfLineKind.Unplaced) { Where = "runs across the table's columns" });
            }
            else
            {
                var cells = line.Glyphs
                    .GroupBy(g => bands.BandOf(g.CenterX))
                    .Where(g => g.Any(glyph => !glyph.IsSpace))
                    .Select(g => new PdfCellLine(pageIndex, g.Key, new PdfLine(g)))
                    .ToList();
                placed.Add(new PdfRegionLine(page, pageIndex, line, PdfLineKind.Cells) { Cells = cells });
            }
        }

        return (placed, rules);
    }

    /// <summary>Rule segments on the same line (within 1.5 pt) that touch or nearly touch, joined into one rule.</summary>
    private static List<PdfRule> JoinSegments(IEnumerable<PdfRule> segments)
    {
        var joined = new List<PdfRule>();
        foreach (var rule in segments.OrderBy(r => Math.Round(r.Y)).ThenBy(r => r.Left))
        {
            var index = joined.FindLastIndex(j => Math.Abs(j.Y - rule.Y) <= 1.5 && rule.Left <= j.Right + 3);
            if (index >= 0) joined[index] = joined[index] with { Right = Math.Max(joined[index].Right, rule.Right) };
            else joined.Add(rule);
        }

        return joined;
    }

    /// <summary>The part of a line inside the table's outer borders and the part beside them, when there is one.</summary>
    private static (PdfLine? Inside, PdfLine Beside)? Beside(PdfLine line, double left, double right)
    {
        var outside = line.Glyphs.Where(g => !g.IsSpace && (g.Right < left - 1 || g.Left > right + 1)).ToHashSet();
        if (outside.Count == 0) return null;
        var inside = line.Glyphs.Where(g => !outside.Contains(g)).ToList();
        return (inside.Any(g => !g.IsSpace) ? new PdfLine(inside) : null, new PdfLine(outside));
    }

    /// <summary>Lines a running title may take above a repeated header.</summary>
    private const int MaxLinesAboveRepeatedHeader = 6;

    private static PdfHeader? RepeatedHeader(List<PdfLine> lines, PdfHeader header) =>
        PdfHeaderFinder.Find(lines, MaxLinesAboveRepeatedHeader) is { } found && found.Row.Columns.Keys.ToHashSet().SetEquals(header.Row.Columns.Keys) ? found : null;

    private static bool SpansBands(PdfLine line, PdfColumnBands bands)
    {
        PdfGlyph? previous = null;
        foreach (var glyph in line.Glyphs.Where(g => !g.IsSpace))
        {
            if (previous is not null && glyph.Left - previous.Right < RunGapInEm * glyph.Size && bands.BandOf(glyph.CenterX) != bands.BandOf(previous.CenterX))
            {
                return true;
            }

            previous = glyph;
        }

        return false;
    }

    /// <summary>
    /// Without rules, rows are told apart by blank strips taller than the usual gap between two lines of a cell
    /// (cell padding adds to it). A paragraph gap can pass for a row gap; that only splits a row into strips,
    /// which are joined again because the second has no task number.
    /// </summary>
    private static double RowGapThreshold(List<PdfCellLine> lines)
    {
        var gaps = new List<double>();
        foreach (var band in lines.GroupBy(l => (l.Page, l.Band)))
        {
            var ordered = band.OrderBy(l => l.Top).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var gap = ordered[i].Top - ordered[i - 1].Bottom;
                if (gap >= -0.5 && gap < 2 * ordered[i].Line.Size) gaps.Add(gap);
            }
        }

        var size = lines.Count == 0 ? 10 : lines.Select(l => l.Line.Size).Order().ElementAt(lines.Count / 2);
        if (gaps.Count == 0) return 0.6 * size;
        gaps.Sort();
        return gaps[gaps.Count / 2] + 0.2 * size;
    }

    private static IEnumerable<Segment> Segments(List<object> items, List<double> rules, double threshold)
    {
        static double Top(object item) => item is PdfCellLine c ? c.Top : ((PdfSectionLine)item).Line.Top;
        static double Bottom(object item) => item is PdfCellLine c ? c.Bottom : ((PdfSectionLine)item).Line.Bottom;

        var ordered = items.OrderBy(Top).ToList();
        var current = new List<PdfCellLine>();
        var key = -1;
        var runningBottom = double.MinValue;
        foreach (var item in ordered)
        {
            int itemKey;
            if (rules.Count >= 2)
            {
                var middle = (Top(item) + Bottom(item)) / 2;
                itemKey = rules.Count(y => y < middle);
            }
            else
            {
                itemKey = Top(item) - runningBottom > threshold ? key + 1 : key;
            }

            runningBottom = Math.Max(runningBottom, Bottom(item));
            if (itemKey != key && current.Count > 0)
            {
                yield return new CellSegment(current);
                current = [];
            }

            key = itemKey;
            if (item is PdfSectionLine section)
            {
                if (current.Count > 0) yield return new CellSegment(current);
                current = [];
                yield return new SectionSegment(section);
            }
            else
            {
                current.Add((PdfCellLine)item);
            }
        }

        if (current.Count > 0) yield return new CellSegment(current);
    }

    private static List<Row> AssembleRows(List<Segment> segments, PdfColumnBands bands)
    {
        var numberBand = IndexOf(bands, ColumnKind.Number);
        var taskBand = IndexOf(bands, ColumnKind.Task);
        var rows = new List<Row>();
        Row? current = null;
        foreach (var segment in segments)
        {
            if (segment is SectionSegment section)
            {
                rows.Add(new Row(bands.Count) { Section = TextCleaner.CleanLine(section.Heading.Line.Text) });
                current = null;
                continue;
            }

            var lines = ((CellSegment)segment).Lines;
            var numbers = numberBand < 0 ? [] : lines.Where(l => l.Band == numberBand && TaskNumber.TryParse(l.Text, out _)).OrderBy(l => l.Top).ToList();
            if (numbers.Count == 0)
            {
                // A number cell that cannot be read ("1a", "三") still starts its row: reported, not folded into the row above.
                var unreadNumber = numberBand >= 0 && lines.Any(l => l.Band == numberBand);
                if (current is null || unreadNumber || (numberBand < 0 && lines.Any(l => l.Band == taskBand)))
                {
                    current = new Row(bands.Count);
                    rows.Add(current);
                }

                foreach (var line in lines) current.Cells[line.Band].Add(line);
                continue;
            }

            // Normally one number per strip; rows packed without gaps split at each number's top.
            var started = numbers.Select(_ => new Row(bands.Count)).ToList();
            rows.AddRange(started);
            foreach (var line in lines)
            {
                var index = numbers.FindLastIndex(n => n.Top - 0.3 * n.Line.Size <= line.Top);
                started[Math.Max(0, index)].Cells[line.Band].Add(line);
            }

            current = started[^1];
        }

        return rows;
    }

    private static int IndexOf(PdfColumnBands bands, ColumnKind kind)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (HeaderRow.Classify(bands.Headers[i]) == kind) return i;
        }

        return -1;
    }

    /// <summary>
    /// Joins a cell's printed lines back into paragraphs. A line wrapped by the layout runs to the column's right
    /// edge, short of it by less than the first word of the next line: Chinese text may break after any
    /// character, but a number or Latin word ("52.6%") moves to the next line whole. A shorter line ends its
    /// paragraph, as does a next line that starts an item ("2.", "(三)", "二是") or is indented.
    /// </summary>
    private static List<string> Paragraphs(List<PdfCellLine> cell, double bandWidth)
    {
        var paragraphs = new List<string>();
        PdfCellLine? previous = null;
        foreach (var line in cell.OrderBy(l => l.Page).ThenBy(l => l.Top).ThenBy(l => l.Line.Left))
        {
            if (previous is not null && Continues(previous, line, bandWidth))
            {
                var last = paragraphs[^1];
                var space = last.Length > 0 && char.IsAsciiLetter(last[^1]) && char.IsAsciiLetter(line.Text[0]) ? " " : "";
                paragraphs[^1] = last + space + line.Text;
            }
            else
            {
                paragraphs.Add(line.Text);
            }

            previous = line;
        }

        return paragraphs.Count == 0 ? [""] : paragraphs;
    }

    private static List<string> PrintedLines(List<PdfCellLine> cell) =>
        cell.Count == 0 ? [""] : [.. cell.OrderBy(l => l.Page).ThenBy(l => l.Top).ThenBy(l => l.Line.Left).Select(l => l.Text)];

    /// <summary>Closing punctuation that line breaking never puts at the start of a line.</summary>
    private const string NoLineStart = "。，,、；;：:！!？?)）」』》〉”’";

    private static bool Continues(PdfCellLine previous, PdfCellLine next, double bandWidth)
    {
        // Punctuation is not set at a line's start: the layout moves the character before it down too ("推" / "进。").
        var pulledDown = next.Text.Length >= 2 && NoLineStart.Contains(next.Text[1]) ? previous.Line.Size : 0;
        // A wrapped line that ends a sentence ("。") is short of the edge by less than the one character that did not fit.
        var room = previous.Text[^1] == '。' ? 1.0 : 1.6;
        var slack = room * previous.Line.Size + LeadingWordWidth(next.Line) + pulledDown;
        return bandWidth - (previous.Line.Right - previous.Line.Left) < slack
            && !ItemStart().IsMatch(next.Text)
            && !next.Line.Glyphs[0].IsSpace
            // A sentence that happens to fill the line, then a unit's name heading that unit's progress.
            && !(previous.Text[^1] is '。' or ';' or ';' or '!' or '!' && LeadUnits.IsUnitLine(next.Text));
    }

    /// <summary>The width of the number or Latin word a line starts with (0 when it starts with Chinese).</summary>
    private static double LeadingWordWidth(PdfLine line)
    {
        var glyphs = line.Glyphs;
        var end = 0;
        while (end < glyphs.Count && glyphs[end].Text.Length == 1 && (char.IsAsciiLetterOrDigit(glyphs[end].Text[0]) || glyphs[end].Text[0] is '.' or '%' or '-'))
        {
            end++;
        }

        return end == 0 ? 0 : glyphs[end - 1].Right - glyphs[0].Left;
    }
}
