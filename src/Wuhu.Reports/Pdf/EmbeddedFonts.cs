using SkiaSharp;

namespace Wuhu.Reports.Pdf;

/// <summary>
/// The CJK fonts shipped inside this assembly (subsets of Noto Sans CJK SC with TrueType outlines; see
/// Fonts/OFL.txt and scripts/make-font-subset.sh). No system font is ever consulted, because the Linux Functions
/// host has none with Chinese glyphs. The fonts are stored uncompressed (about 7 MB each) and used in place: the
/// runtime maps the assembly into memory, Skia reads the font from there and the subsetter slices it, so a fresh
/// process reads only the pages it touches and unpacks nothing (gzip-compressed, unpacking them was about a fifth
/// of a fresh `wuhu report`: docs/benchmarks.md).
/// </summary>
public static class EmbeddedFonts
{
    public const string RegularResource = "Wuhu.Reports.Fonts.NotoSansCJKsc-Regular-subset.ttf";
    public const string BoldResource = "Wuhu.Reports.Fonts.NotoSansCJKsc-Bold-subset.ttf";

    private static readonly Lazy<FontResource> LazyRegularFile = new(() => FontResource.Open(RegularResource));
    private static readonly Lazy<FontResource> LazyBoldFile = new(() => FontResource.Open(BoldResource));
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => LazyRegularFile.Value.Typeface());
    private static readonly Lazy<SKTypeface> LazyBold = new(() => LazyBoldFile.Value.Typeface());

    /// <summary>The full regular font, for measuring (and for drawing outside PDFs).</summary>
    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    /// <summary>
    /// The font file behind <see cref="Regular"/> or <see cref="Bold"/>, for per-document subsetting: a read-only
    /// view of the assembly's resource, valid for the life of the process.
    /// </summary>
    public static ReadOnlySpan<byte> FontFile(bool bold) => (bold ? LazyBoldFile : LazyRegularFile).Value.Bytes;

    /// <summary>A typeface made from font bytes (e.g. a per-document subset); the bytes are copied.</summary>
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

    /// <summary>
    /// A font resource where the runtime keeps it: the manifest resource of a loaded assembly is memory the runtime
    /// owns for the assembly's lifetime (this one is never unloaded), so a pointer to it stays valid.
    /// </summary>
    private sealed unsafe class FontResource
    {
        private readonly byte* _start;
        private readonly int _length;

        private FontResource(string name, UnmanagedMemoryStream stream)
        {
            Name = name;
            _start = stream.PositionPointer;
            _length = checked((int)stream.Length);
        }

        public string Name { get; }

        public ReadOnlySpan<byte> Bytes => new(_start, _length);

        public static FontResource Open(string resource)
        {
            var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The font resource '{resource}' is missing from {typeof(EmbeddedFonts).Assembly.GetName().Name}.");
            return stream is UnmanagedMemoryStream inPlace
                ? new FontResource(resource, inPlace)
                : throw new InvalidOperationException($"The font resource '{resource}' is not in the assembly's mapped image ({stream.GetType().Name}).");
        }

        /// <summary>A typeface reading the resource in place (no copy: Skia is told the memory outlives it).</summary>
        public SKTypeface Typeface()
        {
            using var data = SKData.Create((IntPtr)_start, _length);
            return SKTypeface.FromData(data)
                ?? throw new InvalidOperationException($"Skia could not read the font '{Name}'.");
        }
    }
}
