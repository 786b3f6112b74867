using System.IO.Compression;
using SkiaSharp;

namespace Wuhu.Reports.Pdf;

/// <summary>
/// The CJK fonts shipped inside this assembly (subsets of Noto Sans CJK SC with TrueType outlines,
/// gzip-compressed; see Fonts/OFL.txt and scripts/make-font-subset.sh). Loaded once per process
/// (about 7 MB each once unpacked); no system font is ever consulted, because the Linux Functions
/// host has none with Chinese glyphs.
/// </summary>
public static class EmbeddedFonts
{
    public const string RegularResource = "Wuhu.Reports.Fonts.NotoSansCJKsc-Regular-subset.ttf.gz";
    public const string BoldResource = "Wuhu.Reports.Fonts.NotoSansCJKsc-Bold-subset.ttf.gz";

    private static readonly Lazy<byte[]> LazyRegularBytes = new(() => Unpack(RegularResource));
    private static readonly Lazy<byte[]> LazyBoldBytes = new(() => Unpack(BoldResource));
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Typeface(LazyRegularBytes.Value, RegularResource));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Typeface(LazyBoldBytes.Value, BoldResource));

    /// <summary>The full regular font, for measuring (and for drawing outside PDFs).</summary>
    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    /// <summary>The font file behind <see cref="Regular"/> or <see cref="Bold"/>, for per-document subsetting.</summary>
    public static byte[] FontFile(bool bold) => bold ? LazyBoldBytes.Value : LazyRegularBytes.Value;

    /// <summary>A typeface made from font bytes (e.g. a per-document subset).</summary>
    public static SKTypeface Typeface(byte[] font, string description)
    {
        ArgumentNullException.ThrowIfNull(font);
        using var data = SKData.CreateCopy(font);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Skia could not read the font '{description}'.");
    }

    /// <summary>The distinct characters of <paramref name="text"/> the regular font has no glyph for.</summary>
    public static IReadOnlyList<string> MissingCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var font = new SKFont(Regular);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            if (!char.IsControl(text[i]) && font.GetGlyph(codePoint) == 0)
            {
                missing.Add(char.ConvertFromUtf32(codePoint));
            }
        }

        return [.. missing];
    }

    private static byte[] Unpack(string resource)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font resource '{resource}' is missing from {typeof(EmbeddedFonts).Assembly.GetName().Name}.");
        using var unpacked = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        {
            gzip.CopyTo(unpacked);
        }

        return unpacked.ToArray();
    }
}
