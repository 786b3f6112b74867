using System.IO.Compression;
using System.Text;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Testing;
using Xunit.Abstractions;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 6: every exception path is a coded rejection. Valid bulletins in every format (and the repository
/// samples) are mutated with a seeded generator — bytes flipped, cut, repeated, spliced; inner XML of Office files
/// damaged; unpaired surrogates and control characters planted in text — and the parser must either return a
/// bulletin or throw <see cref="BulletinRejectedException"/> with a documented code other than parserError.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private const int MutationsPerSeed = 60;

    public static TheoryData<string> Seeds => ["text", "html", "docx", "xlsx", "utf16", "samples"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_files_parse_or_are_rejected_with_a_documented_code(string kind)
    {
        var originals = Originals(kind);
        // A fixed seed per kind (string.GetHashCode is randomized per process): a failure can be reproduced.
        var random = new Random(kind.Sum(c => c) * 7919 + MutationsPerSeed);
        var outcomes = new Dictionary<string, int>();
        var tried = 0;
        foreach (var (name, bytes) in originals)
        {
            for (var i = 0; i < MutationsPerSeed; i++)
            {
                var mutated = Mutate(bytes, random, name);
                var outcome = ParseOutcome(mutated, name);
                Assert.True(outcome.Code is null || (RejectionCodes.All.ContainsKey(outcome.Code) && outcome.Code != BulletinParser.ParserFaultCode),
                    $"{name} mutation {i}: {outcome.Code}: {outcome.Message}");
                outcomes[outcome.Code ?? "accepted"] = outcomes.GetValueOrDefault(outcome.Code ?? "accepted") + 1;
                tried++;
            }
        }

        output.WriteLine($"{tried} mutated files: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Assert.True(tried >= MutationsPerSeed);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, false)]
    [InlineData(new byte[] { 0xFE, 0xFF }, true)]
    public void An_unpaired_surrogate_after_a_utf16_byte_order_mark_is_badEncoding(byte[] bom, bool bigEndian)
    {
        // Encoders replace a lone surrogate, so its two bytes are spliced in by hand.
        var text = new TextTable().Rows(1, 3).ToString();
        var encoding = new UnicodeEncoding(bigEndian, false);
        byte[] surrogate = bigEndian ? [0xD8, 0x00] : [0x00, 0xD8];
        var bytes = bom.Concat(encoding.GetBytes(text[..200])).Concat(surrogate).Concat(encoding.GetBytes(text[200..])).ToArray();

        var rejected = Assert.Throws<BulletinRejectedException>(() => BulletinParser.Parse(bytes, "surrogate.txt"));
        Assert.Equal("badEncoding", rejected.Code);
        Assert.Contains("UTF-16", rejected.Message);
    }

    [Fact]
    public void Unpaired_surrogates_in_utf16_without_a_mark_and_in_html_entities_never_crash()
    {
        var text = new TextTable().Rows(1, 3).ToString();
        foreach (var planted in new[] { "\uD800", "\uDC00", "\uDBFF\uDBFF", "1\uDC00" })
        {
            var parts = text.Split("市发改委");
            var unit = new UnicodeEncoding(false, false).GetBytes("市发改委").Concat(planted.SelectMany(c => new[] { (byte)(c & 0xFF), (byte)(c >> 8) })).ToArray();
            var utf16 = parts.Skip(1).Aggregate(Encoding.Unicode.GetBytes(parts[0]), (all, part) => [.. all, .. unit, .. Encoding.Unicode.GetBytes(part)]);
            var outcome = ParseOutcome(utf16, "plain16.txt");
            Assert.True(outcome.Code is null or not BulletinParser.ParserFaultCode, outcome.Message);
        }

        var html = Html.Parse(Html.Table(Html.HeaderRow + Html.TaskRow(1, "&#xD800;进展&#55296;") + Html.TaskRows(2, 3)));
        Assert.Equal(3, html.Tasks.Count);
    }

    private static (string? Code, string Message) ParseOutcome(byte[] bytes, string name)
    {
        try
        {
            var bulletin = BulletinParser.Parse(bytes, name);
            _ = BulletinJson.Serialize(bulletin); // what ingestion stores must serialize too
            return (null, $"{bulletin.Tasks.Count} tasks");
        }
        catch (BulletinRejectedException rejected)
        {
            return (rejected.Code, rejected.Message);
        }
    }

    private static List<(string Name, byte[] Bytes)> Originals(string kind) => kind switch
    {
        "text" => [("b.txt", BulletinBytes.Text(tasks: 6))],
        "html" => [("b.html", BulletinBytes.Html())],
        "docx" => [("b.docx", BulletinBytes.Docx())],
        "xlsx" => [("b.xlsx", BulletinBytes.Xlsx())],
        "utf16" => [("b16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(BulletinBytes.Text(tasks: 4)))])],
        _ => Directory.GetFiles(Samples.RepoSamples).Order().Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList(),
    };

    private static byte[] Mutate(byte[] original, Random random, string name)
    {
        var zip = original.Length > 4 && original[0] == 'P' && original[1] == 'K';
        return (zip && random.Next(2) == 0) ? MutateInnerXml(original, random) : MutateBytes(original, random, name);
    }

    private static byte[] MutateBytes(byte[] original, Random random, string name)
    {
        var bytes = new List<byte>(original);
        var edits = 1 + random.Next(8);
        for (var e = 0; e < edits && bytes.Count > 4; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64))); break;
                case 2: bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(16)).Select(_ => (byte)random.Next(256))); break;
                case 3:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(512));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4: bytes.RemoveRange(at, bytes.Count - at); break;
                case 5:
                    // Plant an unpaired surrogate or control character where text is (UTF-16: as code units).
                    var planted = name.Contains("16", StringComparison.Ordinal) ? new byte[] { 0x00, 0xD8 } : Encoding.UTF8.GetBytes("\u0001\u200B\uFFFD");
                    bytes.InsertRange(at - at % 2, planted);
                    break;
                default: bytes[at] = (byte)random.Next(256); break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Keeps the zip valid and damages one XML part instead: the readers meet bad markup, not bad compression.</summary>
    private static byte[] MutateInnerXml(byte[] original, Random random)
    {
        using var input = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e => (e.FullName, Bytes: Read(e))).ToList();
        var target = random.Next(entries.Count);
        var xml = Encoding.UTF8.GetString(entries[target].Bytes);
        string[] snippets = ["<w:tbl>", "</w:tc>", "<w:gridSpan w:val=\"99999\"/>", "<w:vMerge/>", "r:id=\"rId99\"", "<c r=\"ZZZZ99999999\">", "s=\"9999\"", "t=\"s\"", "<v>1e308</v>", "<mergeCell ref=\"A1:A99999999\"/>", "&#1;", "<![CDATA[", "\uD7FF", "<x>"];
        for (var e = 0; e < 1 + random.Next(4); e++)
        {
            var at = random.Next(xml.Length + 1);
            xml = random.Next(3) switch
            {
                0 => xml.Insert(at, snippets[random.Next(snippets.Length)]),
                1 => xml.Remove(at, Math.Min(xml.Length - at, random.Next(40))),
                _ => xml.Insert(at, xml.Substring(random.Next(xml.Length / 2 + 1), Math.Min(200, xml.Length / 2))),
            };
        }

        entries[target] = (entries[target].FullName, Encoding.UTF8.GetBytes(xml));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
        {
            foreach (var (entryName, data) in entries)
            {
                using var stream = zip.CreateEntry(entryName).Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
