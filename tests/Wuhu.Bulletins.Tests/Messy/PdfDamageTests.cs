using System.Text;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;
using Xunit.Abstractions;
using static Wuhu.Bulletins.Tests.Messy.PrintedPage;

namespace Wuhu.Bulletins.Tests.Messy;

/// <summary>
/// Issue 12, item 6, for PDF: a printed bulletin cut short, with its cross-reference table or trailer damaged, bytes
/// flipped or spliced, parses or is rejected with a documented code — never an exception, never "parserError".
/// </summary>
public sealed partial class PdfDamageTests(ITestOutputHelper output)
{
    private static readonly Lazy<byte[]> Printed = new(() => Print(Preamble + Table(Tasks(1, 8, paragraphs: 3)), new PrintOptions { PageNumbers = true }));

    public static TheoryData<string> Damages()
    {
        var data = new TheoryData<string>();
        foreach (var cut in (int[])[1, 5, 10, 25, 50, 75, 90, 99]) data.Add($"cut at {cut}%");
        foreach (var damage in (string[])["cut before %%EOF", "no xref", "xref offsets shifted", "startxref points nowhere", "no trailer", "first stream emptied", "every stream's length wrong", "objects renumbered"])
        {
            data.Add(damage);
        }

        for (var seed = 0; seed < 24; seed++) data.Add($"mutation {seed}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_printed_pdf_parses_or_is_a_coded_rejection(string damage)
    {
        var bytes = Damage(Printed.Value, damage);
        try
        {
            var bulletin = BulletinParser.Parse(bytes, "damaged.pdf");
            output.WriteLine($"{damage}: parsed, {bulletin.Tasks.Count} tasks, {bulletin.Warnings.Count} warnings");
            Assert.NotEmpty(bulletin.Tasks);
        }
        catch (BulletinRejectedException rejection)
        {
            output.WriteLine($"{damage}: {rejection.Code}: {rejection.Message}");
            Assert.NotEqual(BulletinParser.ParserFaultCode, rejection.Code);
            Assert.Contains(rejection.Code, RejectionCodes.All.Keys);
            Assert.Contains("damaged.pdf", rejection.Message);
        }
    }

    [Fact]
    public void A_truncated_printed_pdf_is_rejected_as_a_corrupt_file()
    {
        var rejection = Assert.Throws<BulletinRejectedException>(() => BulletinParser.Parse(Printed.Value[..(Printed.Value.Length / 2)], "half.pdf"));

        Assert.Equal("corruptFile", rejection.Code);
    }

    private static byte[] Damage(byte[] pdf, string damage)
    {
        var text = Encoding.Latin1.GetString(pdf);
        if (damage.StartsWith("cut at ", StringComparison.Ordinal))
        {
            var percent = int.Parse(damage[7..^1], System.Globalization.CultureInfo.InvariantCulture);
            return pdf[..(pdf.Length * percent / 100)];
        }

        if (damage.StartsWith("mutation ", StringComparison.Ordinal))
        {
            var random = new Random(int.Parse(damage[9..], System.Globalization.CultureInfo.InvariantCulture));
            var bytes = (byte[])pdf.Clone();
            switch (random.Next(4))
            {
                case 0: // bytes flipped all over
                    for (var i = 0; i < 40; i++) bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
                    return bytes;
                case 1: // a block zeroed
                    var start = random.Next(bytes.Length - 2000);
                    Array.Clear(bytes, start, random.Next(1, 2000));
                    return bytes;
                case 2: // a block repeated
                    var from = random.Next(bytes.Length - 4000);
                    var length = random.Next(1, 4000);
                    return [.. bytes[..(from + length)], .. bytes[from..(from + length)], .. bytes[(from + length)..]];
                default: // a block cut out
                    var cut = random.Next(bytes.Length - 4000);
                    return [.. bytes[..cut], .. bytes[(cut + random.Next(1, 4000))..]];
            }
        }

        var damaged = damage switch
        {
            "cut before %%EOF" => text[..text.LastIndexOf("startxref", StringComparison.Ordinal)],
            "no xref" => Xref().Replace(text, ""),
            "xref offsets shifted" => Offset().Replace(text, m => (long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 7).ToString("D10", System.Globalization.CultureInfo.InvariantCulture) + " 00000 n"),
            "startxref points nowhere" => StartXref().Replace(text, "startxref\n999999999"),
            "no trailer" => text.Replace("trailer", "       ", StringComparison.Ordinal),
            "first stream emptied" => FirstStream().Replace(text, "stream\n\nendstream", 1),
            "every stream's length wrong" => Length().Replace(text, "/Length 12"),
            _ => ObjectNumber().Replace(text, m => $"{int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1000} 0 obj"),
        };
        Assert.NotEqual(text, damaged);
        return Encoding.Latin1.GetBytes(damaged);
    }

    [GeneratedRegex(@"xref\n[\s\S]*?trailer")]
    private static partial Regex Xref();

    [GeneratedRegex(@"(\d{10}) 00000 n")]
    private static partial Regex Offset();

    [GeneratedRegex(@"startxref\n\d+")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"stream\n[\s\S]*?endstream")]
    private static partial Regex FirstStream();

    [GeneratedRegex(@"/Length \d+")]
    private static partial Regex Length();

    [GeneratedRegex(@"(?m)^(\d+) 0 obj")]
    private static partial Regex ObjectNumber();
}
