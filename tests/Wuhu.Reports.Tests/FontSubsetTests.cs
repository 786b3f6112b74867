using SkiaSharp;
using UglyToad.PdfPig;
using Wuhu.Reports.Layout;
using Wuhu.Reports.Pdf;

namespace Wuhu.Reports.Tests;

public class FontSubsetTests
{
    private static Dictionary<int, ushort> GlyphsOf(string text)
    {
        using var font = new SKFont(EmbeddedFonts.Regular);
        return text.EnumerateRunes().Distinct().ToDictionary(r => r.Value, r => font.GetGlyph(r.Value));
    }

    [Fact]
    public void Subset_keeps_exactly_the_characters_asked_for_with_their_advances()
    {
        var glyphs = GlyphsOf("人民页芜湖垾蕪7.4万%，。");
        var subset = TrueTypeSubsetter.Subset(EmbeddedFonts.FontFile(bold: false), glyphs);
        using var typeface = EmbeddedFonts.Typeface(subset, "test subset");
        using var small = new SKFont(typeface, 12);
        using var full = new SKFont(EmbeddedFonts.Regular, 12);

        Assert.InRange(subset.Length, 1_000, 20_000);
        Assert.Equal(glyphs.Count + 1, typeface.GlyphCount); // plus .notdef
        foreach (var cp in glyphs.Keys)
        {
            Assert.NotEqual(0, small.GetGlyph(cp));
            Assert.Equal(full.MeasureText(char.ConvertFromUtf32(cp)), small.MeasureText(char.ConvertFromUtf32(cp)));
        }

        Assert.Equal(0, small.GetGlyph('国')); // not kept
    }

    [Fact]
    public void Subset_outlines_are_the_full_fonts_outlines()
    {
        var glyphs = GlyphsOf("蕪");
        using var typeface = EmbeddedFonts.Typeface(TrueTypeSubsetter.Subset(EmbeddedFonts.FontFile(bold: true), GlyphsOf("蕪").ToDictionary(
            p => p.Key, p => new SKFont(EmbeddedFonts.Bold).GetGlyph(p.Key))), "bold subset");
        using var subsetFont = new SKFont(typeface, 20);
        using var fullFont = new SKFont(EmbeddedFonts.Bold, 20);
        using var subsetPath = subsetFont.GetGlyphPath(subsetFont.GetGlyph('蕪'));
        using var fullPath = fullFont.GetGlyphPath(fullFont.GetGlyph('蕪'));
        Assert.Equal(fullPath.PointCount, subsetPath.PointCount);
        Assert.True(subsetPath.PointCount > 20);
        Assert.Equal(fullPath.Bounds, subsetPath.Bounds);
        Assert.Single(glyphs);
    }

    [Fact]
    public void A_font_without_TrueType_outlines_is_refused_clearly()
    {
        var notAFont = new byte[64];
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeSubsetter.Subset(notAFont, new Dictionary<int, ushort>()));
        Assert.Contains("'head'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_embeds_small_real_fonts_and_text_extracts_exactly()
    {
        const string text = "第 1 页 / 共 1 页:人民群众,7.4万人次,增长28.62%,垾埂、蕪湖。";
        var content = new Column(6)
            .Add(new TextBlock(text, new TextStyle(11f)))
            .Add(new TextBlock("加粗标题", new TextStyle(14f, Bold: true)))
            .Add(new DonutChart([new ChartSlice("已完成", 3, RgbColor.FromHex("#2E8B57")), new ChartSlice("推进中", 1, RgbColor.FromHex("#2F6FD6"))], 100, "75%", "完成率"));
        var pdf = SkiaPdfWriter.Write(
            new PageLayout(PageSetup.A4WithMargins(40), content),
            new PdfDocumentInfo("标题", "作者", "主题", "关键词", new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.InRange(pdf.Length, 1_000, 40_000); // only the used glyphs are embedded
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var extracted = string.Concat(page.Letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains(text.Replace(" ", string.Empty, StringComparison.Ordinal), extracted, StringComparison.Ordinal);
        Assert.Contains("加粗标题", extracted, StringComparison.Ordinal);
        Assert.Equal("标题", document.Information.Title);
        Assert.Equal(1, document.NumberOfPages);
    }
}
