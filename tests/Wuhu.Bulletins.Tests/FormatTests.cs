using System.IO.Compression;
using System.Text;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;
using Wuhu.Bulletins.Writing;

namespace Wuhu.Bulletins.Tests;

public class FormatTests
{
    private static readonly TextBulletin Small = new TextBulletin("2024年一季度重点工作任务进展情况", "一季度进展情况")
        .Row("1", "新增公共停车泊位3500个。", "市住建局", "新增公共停车泊位620个,正在推进。")
        .Row("2", "创建全国双拥模范城。", "市退役军人", "事务局", "已完成。");

    static FormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static void AssertSameTasks(Bulletin expected, Bulletin actual)
    {
        Assert.Equal(expected.Tasks, actual.Tasks, new TaskComparer());
        Assert.Equal(expected.Period, actual.Period);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("gb18030")]
    public void Text_in_every_encoding_parses_the_same(string encoding)
    {
        var text = Small.ToString();
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            _ => Encoding.GetEncoding("GB18030").GetBytes(text),
        };

        var bulletin = BulletinParser.Parse(bytes, "b.txt");

        Assert.Equal(BulletinFormat.Text, bulletin.Format);
        AssertSameTasks(Parse.Text(Small), bulletin);
        Assert.Equal("市退役军人事务局", Parse.Task(bulletin, 2).LeadUnits.Single());
    }

    [Fact]
    public void Format_is_detected_by_content_not_extension()
    {
        var reference = Parse.Text(Small);

        var docx = BulletinParser.Parse(BulletinWriter.Docx(reference), "misnamed.txt");
        var xlsx = BulletinParser.Parse(BulletinWriter.Xlsx(reference), "misnamed.docx");
        var html = BulletinParser.Parse(BulletinWriter.Html(reference), "misnamed.xlsx");

        Assert.Equal([BulletinFormat.Docx, BulletinFormat.Xlsx, BulletinFormat.Html], new[] { docx.Format, xlsx.Format, html.Format });
        AssertSameTasks(reference, docx);
        AssertSameTasks(reference, xlsx);
        AssertSameTasks(reference, html);
    }

    [Fact]
    public void Html_metadata_comes_from_the_page_and_nothing_is_fetched()
    {
        var html = BulletinParser.Parse(BulletinWriter.Html(Parse.Text(Small)), "page.html");

        Assert.Equal("2024年一季度重点工作任务进展情况", html.Title);
        Assert.Equal(new DateOnly(2024, 4, 18), html.PublishedOn);
        Assert.Equal("芜湖市政府督查室", html.Publisher);
    }

    [Fact]
    public void Html_without_a_table_but_with_the_text_layout_still_parses()
    {
        var lines = Small.ToString().Split('\n').Where(l => l.Length > 0).Select(l => $"<p>{l}</p>");
        var page = Encoding.UTF8.GetBytes($"<html><body>{string.Concat(lines)}</body></html>");

        var bulletin = BulletinParser.Parse(page, "page.html");

        Assert.Equal(BulletinFormat.Html, bulletin.Format);
        Assert.Equal(2, bulletin.Tasks.Count);
    }

    [Fact]
    public void Scripts_in_html_are_never_read_as_text()
    {
        var reference = Parse.Text(Small);
        var page = Encoding.UTF8.GetString(BulletinWriter.Html(reference))
            .Replace("<table>", "<script>document.write('<tr><td>99</td></tr>')</script><table>");

        var bulletin = BulletinParser.Parse(Encoding.UTF8.GetBytes(page), "page.html");

        Assert.DoesNotContain(bulletin.Tasks, t => t.Number == 99);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0A }, "empty")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "unsupportedFormat")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "corruptFile")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF, 0x00, 0x9C, 0x00, 0x01, 0x00, 0x00, 0x13, 0x88 }, "binary")]
    public void Unusable_files_are_rejected_with_a_specific_code(byte[] content, string code) =>
        Assert.Equal(code, Parse.Rejection(content).Code);

    [Fact]
    public void Text_without_a_table_header_is_rejected_naming_the_expected_columns()
    {
        var rejection = Parse.Rejection(Encoding.UTF8.GetBytes("2023年度重点工作任务完成情况\n今年工作很好。\n"), "note.txt");
        Assert.Equal("noTable", rejection.Code);
        Assert.Contains("牵头责任单位", rejection.Message);
    }

    [Fact]
    public void A_header_without_rows_is_rejected() =>
        Assert.Equal("noTasks", Parse.Rejection(Encoding.UTF8.GetBytes("2023年度情况\n序号\n工作任务\n牵头责任单位\n完成情况\n"), "h.txt").Code);

    [Fact]
    public void A_zip_that_is_not_office_is_rejected()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        Assert.Equal("unsupportedFormat", Parse.Rejection(stream.ToArray(), "a.zip").Code);
    }

    [Fact]
    public void A_truncated_docx_is_rejected_as_corrupt()
    {
        var docx = BulletinWriter.Docx(Parse.Text(Small));
        Assert.Equal("corruptFile", Parse.Rejection(docx[..(docx.Length / 2)], "cut.docx").Code);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_inflating()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 20; i++) entry.Write(zeros);
        }

        var rejection = Parse.Rejection(stream.ToArray(), "bomb.docx");
        Assert.Equal("zipBomb", rejection.Code);
        Assert.Contains("word/document.xml", rejection.Message);
    }
}
