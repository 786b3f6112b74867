using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests;

public class LeadUnitTests
{
    private static IReadOnlyList<string> UnitsOf(params string[] unitLines)
    {
        var bulletin = Parse.Text(new TextBulletin().Row("1", ["新增公共停车泊位3500个。", .. unitLines, "正在推进。"]));
        return Parse.Task(bulletin, 1).LeadUnits;
    }

    [Fact]
    public void One_unit_per_line() =>
        Assert.Equal(["市发改委", "市自规局", "市财政局"], UnitsOf("市发改委", "市自规局", "市财政局"));

    [Fact]
    public void Units_separated_by_enumeration_comma() =>
        Assert.Equal(["市住建局", "市财政局"], UnitsOf("市住建局、市财政局"));

    [Fact]
    public void Units_run_together_on_one_line() =>
        Assert.Equal(["市发改委", "市自规局", "市财政局"], UnitsOf("市发改委市自规局市财政局"));

    [Fact]
    public void A_unit_broken_over_two_lines_is_joined() =>
        Assert.Equal(["市退役军人事务局"], UnitsOf("市退役军人", "事务局"));

    [Fact]
    public void A_unit_in_parentheses_is_unwrapped() =>
        Assert.Equal(["市数据资源局", "市通信发展办"], UnitsOf("市数据资源局", "(市通信发展办)"));

    [Fact]
    public void Districts_and_companies_count_as_units() =>
        Assert.Equal(["三山经开区", "经开区", "市宜居公司", "市人才集团"], UnitsOf("三山经开区", "经开区", "市宜居公司", "市人才集团"));

    [Fact]
    public void A_unit_name_containing_shi_is_not_split() =>
        Assert.Equal(["市市场监管局", "市委编办", "市政府办公室"], UnitsOf("市市场监管局", "市委编办", "市政府办公室"));

    [Fact]
    public void Sentence_punctuation_is_what_its_regex_class_finds()
    {
        // The class as it was written: the characters, and \d (any decimal digit, Chinese full-width ones included).
        var regex = new System.Text.RegularExpressions.Regex("[" + System.Text.RegularExpressions.Regex.Escape(Normalization.LeadUnits.SentencePunctuationCharacters).Replace("]", "\\]") + "\\d]");
        var alphabet = Normalization.LeadUnits.SentencePunctuationCharacters + "0123456789０１２３４５６７８９٣市发改委局、/() \u3000abc-—·";
        var random = new Random(25);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.True(regex.IsMatch(text) == Normalization.LeadUnits.HasSentencePunctuation(text), $"\"{text}\"");
        }

        foreach (var file in System.IO.Directory.GetFiles(SamplePaths.RepoSamples, "*.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                Assert.True(regex.IsMatch(line) == Normalization.LeadUnits.HasSentencePunctuation(line), $"\"{line}\"");
            }
        }
    }
}
