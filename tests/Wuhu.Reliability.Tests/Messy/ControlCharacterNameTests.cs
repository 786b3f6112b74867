using Wuhu.Bulletins;
using Wuhu.Reliability.Tests.Corpus;
using Wuhu.Reliability.Tests.Support;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 9: names with control characters are stored exactly, and printed escaped wherever they are
/// shown (CLI, logs, web pages use <see cref="PrintableText.Escape"/>).
/// </summary>
[Collection(AzuriteFixture.Collection)]
public sealed class ControlCharacterNameTests(AzuriteFixture azurite)
{
    public static TheoryData<string, string> Names => new()
    {
        { "tab\there.txt", "tab\\u{0009}here.txt" },
        { "bell\u0007.txt", "bell\\u{0007}.txt" },
        { "esc\u001B[2J清屏.txt", "esc\\u{001B}[2J清屏.txt" },
        { "del\u007F.txt", "del\\u{007F}.txt" },
        { "c1\u009B31m.txt", "c1\\u{009B}31m.txt" },
        { "bidi\u202Etxt.exe", "bidi\\u{202E}txt.exe" },
        { "zero\u200Bwidth\uFEFF.txt", "zero\\u{200B}width\\u{FEFF}.txt" },
        { "line\u2028sep.txt", "line\\u{2028}sep.txt" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_name_with_control_characters_is_stored_exactly_and_printed_escaped(string name, string printed)
    {
        var storage = await azurite.CreateStorageAsync();
        var record = await new BulletinIngestionService(storage).UploadAndIngestAsync(name, new MemoryStream(BulletinBytes.Text()));

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Equal(name, Assert.Single(await new IngestionRecordStore(storage).ListAsync()).BlobName);
        Assert.Equal(name, Assert.Single(await StoredState.PointersAsync(storage)).SourceBlob);
        Assert.Equal(name, (await new PublishedPeriodReader(storage).GetPeriodAsync(BulletinBytes.PeriodKey))!.Bulletin.Source);
        Assert.Equal(printed, PrintableText.Escape(name));
        Assert.DoesNotContain(PrintableText.Escape(name), c => char.IsControl(c) || c is '\u202E' or '\u200B' or '\uFEFF' or '\u2028');
    }

    [Theory]
    [InlineData("2024年一季度 报告.txt")]
    [InlineData("a\\b/c d.txt")]
    [InlineData("emoji 📊 and عربى.txt")]
    public void Ordinary_names_print_unchanged(string name) => Assert.Same(name, PrintableText.Escape(name));

    [Fact]
    public void Unpaired_surrogates_are_escaped_and_pairs_kept()
    {
        Assert.Equal("a\\u{D800}b📊", PrintableText.Escape("a\uD800b📊"));
        Assert.Equal("\\u{DC00}", PrintableText.Escape("\uDC00"));
    }

    [Fact]
    public void A_rejection_message_quoting_the_name_prints_escaped()
    {
        var rejected = Assert.Throws<Bulletins.Model.BulletinRejectedException>(() => BulletinParser.Parse(Array.Empty<byte>(), "x\u001B[31m.txt"));
        Assert.Contains("x\u001B[31m.txt", rejected.Message); // stored exactly
        Assert.Equal("x\\u{001B}[31m.txt is empty (0 bytes).", PrintableText.Escape(rejected.Message));
    }
}
