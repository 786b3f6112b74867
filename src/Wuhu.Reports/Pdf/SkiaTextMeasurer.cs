using SkiaSharp;
using Wuhu.Reports.Layout;

namespace Wuhu.Reports.Pdf;

/// <summary>Text metrics from the embedded fonts. One instance per rendering (SKFont is not thread-safe).</summary>
public sealed class SkiaTextMeasurer(SKTypeface regular, SKTypeface bold) : ITextMeasurer, IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];

    /// <summary>Measures with the full embedded fonts.</summary>
    public SkiaTextMeasurer()
        : this(EmbeddedFonts.Regular, EmbeddedFonts.Bold)
    {
    }

    public float[] Advances(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        var font = Font(style);
        var glyphs = font.GetGlyphs(text);
        var widths = font.GetGlyphWidths(glyphs);
        var advances = new float[text.Length];
        var glyph = 0;
        for (var i = 0; i < text.Length && glyph < widths.Length; i++)
        {
            advances[i] = widths[glyph++];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        return advances;
    }

    public FontLineMetrics Metrics(TextStyle style)
    {
        Font(style).GetFontMetrics(out var metrics);

        // Skia reports the ascent as a negative offset above the baseline.
        return new FontLineMetrics(-metrics.Ascent, metrics.Descent);
    }

    /// <summary>The Skia font for a style, shared with the canvas so drawing matches measuring.</summary>
    public SKFont Font(TextStyle style)
    {
        var key = (style.Size, style.Bold);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new SKFont(style.Bold ? bold : regular, style.Size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
            };
            _fonts[key] = font;
        }

        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
    }
}
