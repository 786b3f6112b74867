using SkiaSharp;
using Wuhu.Reports.Layout;
using Wuhu.Reports.Pdf;

namespace Wuhu.Reports.Tests;

public class FontEmbeddedTests
{
    public static TheoryData<string> Weights => ["regular", "bold"];

    private static SKTypeface Typeface(string weight) => weight == "bold" ? EmbeddedFonts.Bold : EmbeddedFonts.Regular;

    [Theory]
    [MemberData(nameof(Weights))]
    public void Fonts_load_from_the_assembly_without_any_system_font(string weight)
    {
        var typeface = Typeface(weight);
        Assert.Equal("Noto Sans CJK SC", typeface.FamilyName);
        Assert.Equal(weight == "bold", typeface.FontStyle.Weight >= (int)SKFontStyleWeight.Bold);
    }

    [Theory]
    [MemberData(nameof(Weights))]
    public void Radical_code_points_are_left_out_so_extraction_cannot_pick_them(string weight)
    {
        using var font = new SKFont(Typeface(weight));
        for (var cp = 0x2E80; cp <= 0x2FDF; cp++)
        {
            Assert.True(font.GetGlyph(cp) == 0, $"U+{cp:X4} is mapped");
        }
    }

    [Theory]
    [MemberData(nameof(Weights))]
    public void Every_glyph_is_reached_from_exactly_one_code_point(string weight)
    {
        // PDF ToUnicode maps glyph -> text; a glyph shared by two code points makes extraction ambiguous.
        using var font = new SKFont(Typeface(weight));
        var owner = new Dictionary<ushort, int>();
        for (var cp = 0x20; cp <= 0xFFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var glyph = font.GetGlyph(cp);
            if (glyph == 0)
            {
                continue;
            }

            Assert.False(owner.TryGetValue(glyph, out var other), $"U+{cp:X4} and U+{other:X4} share glyph {glyph}");
            owner[glyph] = cp;
        }

        Assert.True(owner.Count > 20000, $"only {owner.Count} characters mapped");
    }

    [Fact]
    public void Common_rare_and_traditional_characters_and_punctuation_are_covered()
    {
        const string text = "人民页芜湖垾蕪園臺灣，。、；：？！（）《》「」『』“”‘’％%…—•·①℃㎡ＡＢＣ０１２GDP7.4万28.62%";
        Assert.Empty(EmbeddedFonts.MissingCharacters(text));
    }

    [Fact]
    public void Every_character_of_the_real_bulletin_is_covered()
    {
        if (RenderingTestData.Annual2023Sample is not { } path)
        {
            return; // ../shared/samples is not on this machine
        }

        var text = TextNormalizer.Normalize(File.ReadAllText(path));
        Assert.Empty(EmbeddedFonts.MissingCharacters(text));
    }

    [Fact]
    public void Characters_the_font_drops_are_normalized_to_their_twins()
    {
        Assert.Equal("a b-c～…", TextNormalizer.Normalize("a\u00A0b\u2011c\u301C\u22EF"));
        Assert.Same("不变", TextNormalizer.Normalize("不变"));
    }
}
