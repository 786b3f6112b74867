using System.Text;
using Wuhu.Bulletins.Tests.Support;
using Wuhu.Bulletins.Writing;

namespace Wuhu.Bulletins.Tests;

/// <summary>
/// Plain UTF-8 text is split into lines straight from its bytes; other text (Unicode line ends, a byte-order mark,
/// GB18030) is decoded whole first. Both must read the same bulletin whatever the line ends.
/// </summary>
public class LineEndingTests
{
    private static string Bulletin() => new TextBulletin()
        .Row("1", "加快企业上市培育工作。", "市发改委", "1.已完成。", "2..建立 工作台账,按月 调度推进。")
        .Row("2", "推进城市更新。", "市住建局", "第 1 页 共 2 页", "正在推进。")
        .Row("2", "建设口袋公园。", "市住建局", "已完成。") // its warning names its line: a line end read twice would show
        .ToString();

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\f")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Every_line_end_reads_as_the_same_bulletin(string lineEnd)
    {
        var expected = BulletinJson.Serialize(Parse.Text(Bulletin()));
        Assert.Contains("line 47", expected);
        Assert.Equal(expected, BulletinJson.Serialize(Parse.Text(Bulletin().Replace("\n", lineEnd))));
    }

    [Fact]
    public void A_byte_order_mark_and_GB18030_read_as_the_same_bulletin()
    {
        var expected = BulletinJson.Serialize(Parse.Text(Bulletin()));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] withMark = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Bulletin())];
        Assert.Equal(expected, BulletinJson.Serialize(BulletinParser.Parse(withMark, "bulletin.txt")));
        Assert.Equal(expected, BulletinJson.Serialize(BulletinParser.Parse(Encoding.GetEncoding("GB18030").GetBytes(Bulletin()), "bulletin.txt")));
    }

    [Theory]
    [InlineData(" \n\u3000\r\n\t")]
    [InlineData("\uFEFF \u2028 ")]
    public void Whitespace_only_text_is_rejected_as_empty(string text)
    {
        Assert.Equal("empty", Parse.Rejection(Encoding.UTF8.GetBytes(text), "blank.txt").Code);
    }
}
