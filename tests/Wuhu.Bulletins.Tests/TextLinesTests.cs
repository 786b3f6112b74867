using Wuhu.Bulletins.Input;

namespace Wuhu.Bulletins.Tests;

/// <summary>The compact line list of a text upload holds exactly the lines string.ReplaceLineEndings + Split give.</summary>
public class TextLinesTests
{
    private static string[] Expected(string text) => text.ReplaceLineEndings("\n").Split('\n');

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("a")]
    [InlineData("a\n")]
    [InlineData("\na\n\n b \r\n\r\nc\rd\r\re\ff\u0085g\u2028h\u2029i")]
    [InlineData("\r")]
    [InlineData("\r\n\r\n")]
    [InlineData("  \u00A0\n  市财政局\n  \u00A0\n  市财政局\n  1\n  1\n")]
    public void Lines_are_those_of_split(string text)
    {
        var lines = TextLines.Split(text);
        Assert.Equal(Expected(text), lines);
        Assert.Equal(Expected(text).Length, lines.Count);
    }

    [Fact]
    public void Many_lines_across_chunks_and_bit_words_keep_their_order()
    {
        // Lines empty now and then (not every 64th) and more than one chunk of non-empty lines.
        var text = string.Join("\n", Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 || i % 7 == 0 ? "" : i % 5 == 0 ? "  市财政局" : $"  line {i}"));
        var expected = Expected(text);
        var lines = TextLines.Split(text);
        Assert.Equal(expected.Length, lines.Count);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], lines[i]);
        Assert.Throws<ArgumentOutOfRangeException>(() => lines[expected.Length]);
    }

    [Fact]
    public void A_repeated_short_line_is_one_string()
    {
        var lines = TextLines.Split("  市财政局\n  已完成。\n  市财政局");
        Assert.Same(lines[0], lines[2]);
    }
}
