namespace Wuhu.Reports.Layout;

/// <summary>
/// A paragraph of styled spans, wrapped by Chinese line-breaking rules. It splits across pages between
/// lines: each page takes as many whole lines as fit.
/// </summary>
public sealed class TextBlock : Element
{
    private readonly IReadOnlyList<TextSpan> _spans;
    private readonly TextAlignment _alignment;
    private IReadOnlyList<TextLine>? _lines;
    private float _linesWidth = float.NaN;
    private int _nextLine;

    public TextBlock(IEnumerable<TextSpan> spans, TextAlignment alignment = TextAlignment.Left)
    {
        ArgumentNullException.ThrowIfNull(spans);
        _spans = spans.Select(s => s with { Text = TextNormalizer.Normalize(s.Text) }).ToList();
        _alignment = alignment;
    }

    public TextBlock(string text, TextStyle style, TextAlignment alignment = TextAlignment.Left)
        : this([new TextSpan(text ?? throw new ArgumentNullException(nameof(text)), style)], alignment)
    {
    }

    /// <summary>The whole text, as it will be drawn.</summary>
    public string Text => string.Concat(_spans.Select(s => s.Text));

    /// <summary>Lines for a given width (exposed for tests and diagnostics).</summary>
    public IReadOnlyList<TextLine> LinesFor(LayoutContext context, float width)
    {
        if (_lines is null || Math.Abs(_linesWidth - width) > Size.Epsilon)
        {
            _lines = TextLayoutEngine.Layout(_spans, width, context.Text);
            _linesWidth = width;
        }

        return _lines;
    }

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var lines = LinesFor(context, available.Width);
        if (_nextLine >= lines.Count)
        {
            return SpacePlan.Full(0, 0);
        }

        var (count, height, width) = Fit(lines, available.Height);
        if (count == 0)
        {
            return SpacePlan.Wrap();
        }

        return _nextLine + count == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(LayoutContext context, Size available)
    {
        var lines = LinesFor(context, available.Width);
        var (count, _, _) = Fit(lines, available.Height);
        var top = 0f;
        foreach (var line in lines.Skip(_nextLine).Take(count))
        {
            var shift = _alignment switch
            {
                TextAlignment.Center => (available.Width - line.Width) / 2,
                TextAlignment.Right => available.Width - line.Width,
                _ => 0,
            };
            foreach (var piece in line.Pieces)
            {
                context.Canvas.DrawText(piece.Text, shift + piece.X, top + line.Baseline, piece.Style);
            }

            top += line.Height;
        }

        _nextLine += count;
    }

    public override void ResetState() => _nextLine = 0;

    private (int Count, float Height, float Width) Fit(IReadOnlyList<TextLine> lines, float maxHeight)
    {
        var count = 0;
        var height = 0f;
        var width = 0f;
        for (var i = _nextLine; i < lines.Count; i++)
        {
            if (height + lines[i].Height > maxHeight + Size.Epsilon)
            {
                break;
            }

            height += lines[i].Height;
            width = Math.Max(width, lines[i].Width);
            count++;
        }

        return (count, height, width);
    }
}
