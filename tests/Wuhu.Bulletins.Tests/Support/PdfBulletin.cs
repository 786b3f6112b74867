using System.Globalization;
using SkiaSharp;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Writing;
using Wuhu.Reports.Pdf;

namespace Wuhu.Bulletins.Tests.Support;

/// <summary>How <see cref="PdfBulletin"/> prints a bulletin: the things that differ between real PDFs.</summary>
public sealed record PdfLayout
{
    public float PageWidth { get; init; } = 595;
    public float PageHeight { get; init; } = 842;
    public float Margin { get; init; } = 48;
    public float FontSize { get; init; } = 10;
    /// <summary>Number, task, units, progress, remarks.</summary>
    public float[] ColumnWidths { get; init; } = [34, 130, 86, 200, 49];
    public bool NumberHeader { get; init; } = true;
    /// <summary>Header cells centred in their column (as Word tables usually are) or left-aligned like the body.</summary>
    public bool CentreHeader { get; init; } = true;
    public bool RepeatHeader { get; init; } = true;
    public bool Rules { get; init; } = true;
    /// <summary>Cells centred vertically in their row (common in Word tables) instead of top-aligned.</summary>
    public bool CentreVertically { get; init; }
    public string? RunningTitle { get; init; }
    /// <summary>A format for the page number at the bottom, {0} the page and {1} the page count, e.g. "第 {0} 页 共 {1} 页".</summary>
    public string? PageNumbers { get; init; }
    /// <summary>Lines printed under the table (e.g. a note).</summary>
    public string[] After { get; init; } = [];
    /// <summary>Draw every page as a picture: a scan without a text layer.</summary>
    public bool Scanned { get; init; }
}

/// <summary>
/// Prints a bulletin as a PDF table with SkiaSharp and the repository's CJK font, with control over where cells
/// wrap, where pages break (rows split across pages as Word does), repeated headers and page furniture.
/// </summary>
public static class PdfBulletin
{
    private const float Padding = 4;

    private abstract record Op;

    private sealed record TextOp(float X, float Baseline, string Text, float Size) : Op;

    private sealed record LineOp(float X1, float Y1, float X2, float Y2) : Op;

    public static byte[] Write(Bulletin bulletin, PdfLayout? layout = null)
    {
        layout ??= new PdfLayout();
        using var font = new SKFont(EmbeddedFonts.Regular, layout.FontSize);
        var pages = Lay(bulletin, layout, font);
        return Render(pages, layout);
    }

    private static List<List<Op>> Lay(Bulletin b, PdfLayout layout, SKFont font)
    {
        var leading = layout.FontSize * 1.5f;
        var widths = layout.ColumnWidths;
        var tableLeft = layout.Margin;
        var tableWidth = widths.Sum();
        var bottom = layout.PageHeight - layout.Margin;
        var pages = new List<List<Op>>();
        List<Op> page = null!;
        float y = 0;

        void NewPage()
        {
            page = [];
            pages.Add(page);
            y = layout.Margin;
            if (layout.RunningTitle is not null)
            {
                page.Add(new TextOp(tableLeft, y - 14, layout.RunningTitle, 8));
            }
        }

        // Draws the given lines of each cell in a row band of the given height.
        void DrawRow(string[][] cellLines, float height, bool centre, bool ruleAbove, bool centreHorizontally = false)
        {
            if (layout.Rules)
            {
                if (ruleAbove) page.Add(new LineOp(tableLeft, y, tableLeft + tableWidth, y));
                page.Add(new LineOp(tableLeft, y + height, tableLeft + tableWidth, y + height));
                var x = tableLeft;
                for (var c = 0; c <= widths.Length; c++)
                {
                    page.Add(new LineOp(x, y, x, y + height));
                    if (c < widths.Length) x += widths[c];
                }
            }

            var left = tableLeft;
            for (var c = 0; c < cellLines.Length; c++)
            {
                var lines = cellLines[c];
                var top = y + Padding + (centre ? (height - 2 * Padding - lines.Length * leading) / 2 : 0);
                for (var i = 0; i < lines.Length; i++)
                {
                    var indent = centreHorizontally ? (widths[c] - 2 * Padding - font.MeasureText(lines[i])) / 2 : 0;
                    page.Add(new TextOp(left + Padding + indent, top + i * leading + layout.FontSize, lines[i], layout.FontSize));
                }

                left += c < widths.Length ? widths[c] : 0;
            }

            y += height;
        }

        string[][] Wrap(IEnumerable<string[]> cells) =>
            [.. cells.Select((paragraphs, c) => paragraphs.SelectMany(p => WrapParagraph(p, widths[c] - 2 * Padding, font)).ToArray())];

        var header = Wrap(HeaderCells(b, layout).Select(h => new[] { h }));
        void Header()
        {
            var height = header.Max(l => l.Length) * leading + 2 * Padding;
            DrawRow(header, height, centre: true, ruleAbove: true, centreHorizontally: layout.CentreHeader);
        }

        NewPage();
        page.Add(new TextOp(tableLeft + 40, y + 20, b.Title!, 16));
        page.Add(new TextOp(tableLeft + 120, y + 44, $"发布时间:{b.PublishedOn:yyyy-MM-dd}    来源:{b.Publisher}", 9));
        y += 64;
        Header();

        foreach (var (section, task) in BulletinWriter.Rows(b))
        {
            string[][] cells = section is not null
                ? [[section]]
                : Wrap(BulletinWriter.RowCells(task!));
            if (section is not null)
            {
                var height = leading + 2 * Padding;
                if (y + height > bottom) { NewPage(); if (layout.RepeatHeader) Header(); }
                if (layout.Rules) page.Add(new LineOp(tableLeft, y + height, tableLeft + tableWidth, y + height));
                page.Add(new TextOp(tableLeft + Padding, y + Padding + layout.FontSize, section, layout.FontSize));
                y += height;
                continue;
            }

            var remaining = cells;
            var first = true;
            while (true)
            {
                var needed = remaining.Max(l => l.Length) * leading + 2 * Padding;
                if (y + needed <= bottom)
                {
                    DrawRow(remaining, needed, layout.CentreVertically && first, ruleAbove: false);
                    break;
                }

                // Split the row at the page end as Word does: the lines that fit here, the rest on the next page.
                var fit = (int)Math.Floor((bottom - y - 2 * Padding) / leading);
                if (fit >= 1)
                {
                    DrawRow([.. remaining.Select(l => l.Take(fit).ToArray())], fit * leading + 2 * Padding, centre: false, ruleAbove: false);
                    remaining = [.. remaining.Select(l => l.Skip(fit).ToArray())];
                    first = false;
                }

                NewPage();
                if (layout.RepeatHeader) Header();
                else if (layout.Rules) page.Add(new LineOp(tableLeft, y, tableLeft + tableWidth, y));
            }
        }

        y += 10;
        foreach (var line in layout.After)
        {
            if (y + leading > bottom) NewPage();
            page.Add(new TextOp(tableLeft, y + layout.FontSize, line, layout.FontSize));
            y += leading;
        }

        if (layout.PageNumbers is not null)
        {
            for (var p = 0; p < pages.Count; p++)
            {
                var text = string.Format(CultureInfo.InvariantCulture, layout.PageNumbers, p + 1, pages.Count);
                pages[p].Add(new TextOp(layout.PageWidth / 2 - font.MeasureText(text) / 2, layout.PageHeight - layout.Margin / 2, text, layout.FontSize));
            }
        }

        return pages;
    }

    /// <summary>Breaks a paragraph where the column is full, character by character, never inside a number or Latin word.</summary>
    public static IEnumerable<string> WrapParagraph(string paragraph, float width, SKFont font)
    {
        if (paragraph.Length == 0)
        {
            yield return "";
            yield break;
        }

        var tokens = new List<string>();
        for (var i = 0; i < paragraph.Length;)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(paragraph[i]))
            {
                while (i < paragraph.Length && (char.IsAsciiLetterOrDigit(paragraph[i]) || paragraph[i] is '.' or '%')) i++;
            }
            else
            {
                i++;
            }

            tokens.Add(paragraph[start..i]);
        }

        var line = "";
        foreach (var token in tokens)
        {
            if (line.Length > 0 && font.MeasureText(line + token) > width)
            {
                yield return line;
                line = "";
            }

            line += token;
        }

        yield return line;
    }

    private static IEnumerable<string> HeaderCells(Bulletin b, PdfLayout layout) =>
        [layout.NumberHeader ? "序号" : "", "工作任务", "牵头责任单位", b.ProgressHeader ?? "完成情况", "备注"];

    /// <summary>
    /// The font subset to the characters drawn (Skia would embed the whole 7 MB font), as the report renderer does.
    /// </summary>
    private static SKTypeface Subset(IEnumerable<string> texts)
    {
        using var full = new SKFont(EmbeddedFonts.Regular);
        var glyphs = new Dictionary<int, ushort>();
        foreach (var text in texts)
        {
            for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                var codePoint = char.ConvertToUtf32(text, i);
                if (full.GetGlyph(codePoint) is var glyph and not 0) glyphs[codePoint] = glyph;
            }
        }

        return EmbeddedFonts.Typeface(TrueTypeSubsetter.Subset(EmbeddedFonts.FontFile(false), glyphs), "test subset");
    }

    private static byte[] Render(List<List<Op>> pages, PdfLayout layout)
    {
        using var typeface = Subset(pages.SelectMany(p => p.OfType<TextOp>().Select(t => t.Text)));
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true, StrokeWidth = 0.6f, Style = SKPaintStyle.Stroke })
        using (var fill = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            foreach (var ops in pages)
            {
                var canvas = document.BeginPage(layout.PageWidth, layout.PageHeight);
                if (layout.Scanned)
                {
                    // A scanner gives pictures of the pages: rasterize, then place the image only.
                    using var surface = SKSurface.Create(new SKImageInfo((int)layout.PageWidth, (int)layout.PageHeight));
                    surface.Canvas.Clear(SKColors.White);
                    Draw(surface.Canvas, ops, paint, fill, typeface);
                    using var image = surface.Snapshot();
                    canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
                }
                else
                {
                    Draw(canvas, ops, paint, fill, typeface);
                }

                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    private static void Draw(SKCanvas canvas, List<Op> ops, SKPaint stroke, SKPaint fill, SKTypeface typeface)
    {
        foreach (var op in ops)
        {
            switch (op)
            {
                case LineOp line:
                    canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, stroke);
                    break;
                case TextOp text:
                    using (var font = new SKFont(typeface, text.Size))
                    {
                        canvas.DrawText(text.Text, text.X, text.Baseline, SKTextAlign.Left, font, fill);
                    }

                    break;
            }
        }
    }
}
