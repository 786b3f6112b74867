namespace Wuhu.Reports.Layout;

/// <summary>
/// Greedy line filling over the break opportunities of <see cref="ChineseLineBreaking"/>. Spans are
/// concatenated first so that rules also hold across style changes ("7.4" bold, "万" plain).
/// </summary>
public static class TextLayoutEngine
{
    public static IReadOnlyList<TextLine> Layout(IReadOnlyList<TextSpan> spans, float maxWidth, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(measurer);
        var text = string.Concat(spans.Select(s => s.Text));
        if (text.Length == 0)
        {
            return [];
        }

        var styleOf = new int[text.Length];
        var advances = new float[text.Length];
        var offset = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            var spanAdvances = measurer.Advances(spans[s].Text, spans[s].Style);
            Array.Copy(spanAdvances, 0, advances, offset, spans[s].Text.Length);
            Array.Fill(styleOf, s, offset, spans[s].Text.Length);
            offset += spans[s].Text.Length;
        }

        var breaks = ChineseLineBreaking.BreakOpportunities(text);
        offset = 0;
        foreach (var span in spans)
        {
            if (span.KeepWhole)
            {
                // A name stays on one line; the cut of an over-long unit in LineRanges still breaks one wider than the line.
                Array.Fill(breaks, false, offset + 1, Math.Max(0, span.Text.Length - 1));
            }

            offset += span.Text.Length;
        }

        var lines = new List<TextLine>();
        foreach (var (start, end) in LineRanges(text, advances, breaks, maxWidth))
        {
            lines.Add(BuildLine(text, start, end, spans, styleOf, advances, measurer));
        }

        return lines;
    }

    private static IEnumerable<(int Start, int End)> LineRanges(string text, float[] advances, bool[] breaks, float maxWidth)
    {
        var lineStart = 0;
        var lineWidth = 0f;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n')
            {
                yield return (lineStart, i);
                lineStart = ++i;
                lineWidth = 0;
                continue;
            }

            // An unbreakable unit: from i up to the next break opportunity or newline.
            var unitEnd = i + 1;
            while (unitEnd < text.Length && !breaks[unitEnd] && text[unitEnd] != '\n')
            {
                unitEnd++;
            }

            var visibleWidth = Width(advances, i, TrimTrailingSpaces(text, i, unitEnd));
            var fullWidth = Width(advances, i, unitEnd);
            if (lineWidth + visibleWidth <= maxWidth + Size.Epsilon || (lineWidth == 0 && visibleWidth <= maxWidth + Size.Epsilon))
            {
                lineWidth += fullWidth;
                i = unitEnd;
                continue;
            }

            if (lineWidth > 0)
            {
                yield return (lineStart, i);
                lineStart = i;
                lineWidth = 0;
                continue;
            }

            // A unit wider than a whole line (a long number or URL): cut it where the line is full.
            var cut = i;
            var width = 0f;
            while (cut < unitEnd && (cut == i || width + advances[cut] <= maxWidth + Size.Epsilon))
            {
                width += advances[cut];
                cut++;
                while (cut < unitEnd && char.IsLowSurrogate(text[cut]))
                {
                    cut++;
                }
            }

            yield return (lineStart, cut);
            lineStart = cut;
            i = cut;
        }

        if (lineStart < text.Length || text[^1] == '\n')
        {
            yield return (lineStart, text.Length);
        }
    }

    private static TextLine BuildLine(string text, int start, int end, IReadOnlyList<TextSpan> spans, int[] styleOf, float[] advances, ITextMeasurer measurer)
    {
        end = TrimTrailingSpaces(text, start, end);
        var pieces = new List<TextLinePiece>();
        var x = 0f;
        var pieceStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || styleOf[i] != styleOf[pieceStart])
            {
                if (i > pieceStart)
                {
                    pieces.Add(new TextLinePiece(text[pieceStart..i], spans[styleOf[pieceStart]].Style, x));
                    x += Width(advances, pieceStart, i);
                }

                pieceStart = i;
            }
        }

        // Line height and baseline come from the largest style on the line (or the span at its start when empty).
        var styles = pieces.Count > 0 ? pieces.Select(p => p.Style) : [spans[styleOf[Math.Min(start, text.Length - 1)]].Style];
        var height = 0f;
        var baseline = 0f;
        foreach (var style in styles)
        {
            var metrics = measurer.Metrics(style);
            var lineHeight = style.Size * style.LineHeight;
            height = Math.Max(height, lineHeight);
            baseline = Math.Max(baseline, ((lineHeight - metrics.Ascent - metrics.Descent) / 2) + metrics.Ascent);
        }

        return new TextLine(pieces, x, height, baseline);
    }

    private static int TrimTrailingSpaces(string text, int start, int end)
    {
        while (end > start && ChineseLineBreaking.IsSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static float Width(float[] advances, int start, int end)
    {
        var sum = 0f;
        for (var i = start; i < end; i++)
        {
            sum += advances[i];
        }

        return sum;
    }
}
