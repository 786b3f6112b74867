using SkiaSharp;

namespace Wuhu.Reports.Pdf;

/// <summary>
/// The fonts one PDF draws with: subsets of the embedded fonts holding only the characters the document
/// uses (collected during the counting pass), because Skia would otherwise embed the full 7 MB fonts.
/// </summary>
internal sealed class DocumentFonts : IDisposable
{
    private DocumentFonts(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public static DocumentFonts For(IReadOnlySet<int> regularCharacters, IReadOnlySet<int> boldCharacters) =>
        new(Subset(false, regularCharacters), Subset(true, boldCharacters));

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Subset(bool bold, IReadOnlySet<int> characters)
    {
        using var font = new SKFont(bold ? EmbeddedFonts.Bold : EmbeddedFonts.Regular);
        var glyphs = new Dictionary<int, ushort>();
        foreach (var cp in characters)
        {
            var glyph = font.GetGlyph(cp);
            if (glyph != 0)
            {
                glyphs[cp] = glyph;
            }
        }

        var subset = TrueTypeSubsetter.Subset(EmbeddedFonts.FontFile(bold), glyphs);
        return EmbeddedFonts.Typeface(subset, bold ? "bold document subset" : "regular document subset");
    }
}
