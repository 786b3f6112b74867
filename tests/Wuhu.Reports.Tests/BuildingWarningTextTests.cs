using System.Text;
using System.Text.RegularExpressions;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Reports.Building;

namespace Wuhu.Reports.Tests;

/// <summary>Every parser warning reaches the report in Chinese.</summary>
public sealed partial class BuildingWarningTextTests
{
    [GeneratedRegex(@"new ParseWarning\(\s*""(?<code>[A-Za-z]+)""")]
    private static partial Regex WarningConstruction();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();

    [Fact]
    public void Every_warning_code_the_parser_emits_has_a_chinese_sentence()
    {
        var root = RenderingTestData.RepoRoot ?? throw new InvalidOperationException("WuhuRepoRoot is not set.");
        var codes = Directory.EnumerateFiles(Path.Combine(root, "src", "Wuhu.Bulletins"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => WarningConstruction().Matches(File.ReadAllText(file)).Select(m => m.Groups["code"].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(codes);
        Assert.Empty(codes.Except(ParseWarningText.KnownCodes));
        Assert.All(codes, code => Assert.DoesNotMatch(EnglishWord(), ParseWarningText.Sentence(new ParseWarning(code, "an unusual message"))));
    }

    [Theory]
    [InlineData("unplacedText", "line 12 sits between the header and the first task and belongs to none: \"说明文字\"", "第12行的文字不属于任何任务,未被使用:“说明文字”")]
    [InlineData("unplacedText", "row 4, column 6 has no header; its text was not used: \"多余\"", "第4行第6列的文字不属于任何任务,未被使用:“多余”")]
    [InlineData("unplacedText", "line 7 is a labelled line before the first numbered task: \"说明:以下\"", "第7行的文字不属于任何任务,未被使用:“说明:以下”")]
    [InlineData("suspectedMergedTasks", "task 5 (row 9) seems to hold 8 other task(s) in its progress: the line \"6\" is followed by …", "任务 5(第9行)的完成情况中似乎包含另外 8 项任务(可能缺少序号或表格行被合并),该任务的数据不可靠,请核对原表。")]
    [InlineData("unitColumnsGuessed", "line 40: 3 unit lines under two unit columns; the first was read as the lead unit cell, the others as cooperating units.", "第40行两列责任单位下共有 3 行单位名称,已将第一行作为牵头单位,其余作为协同单位。")]
    [InlineData("unknownUnits", "2 unit name(s) are not in the unit directory (units.tsv) and were kept as written: 市甲局、市乙办.", "有 2 个单位名称不在单位名录中,已按原文保留:市甲局、市乙办。")]
    [InlineData("duplicateNumber", "task number 3 appears more than once (line 40); both rows are kept.", "任务序号 3 出现不止一次(第40行),各行均已保留。")]
    [InlineData("outOfOrderNumber", "task number 2 (row 9) comes after 5.", "任务序号 2(第9行)排在序号 5 之后。")]
    [InlineData("badNumber", "line 30: task number is \"十二\"; numbered 12 after the previous task.", "第30行的任务序号为 \"十二\",无法识别,已按上一项顺延编为 12。")]
    [InlineData("badNumber", "sheet \"续表\" row 3: task number is \"6a\"; numbered 6 after the previous task.", "工作表“续表”第3行的任务序号为 \"6a\",无法识别,已按上一项顺延编为 6。")]
    [InlineData("badNumber", "row 7: task number is empty; numbered 5 after the previous task.", "第7行的任务序号为空,无法识别,已按上一项顺延编为 5。")]
    [InlineData("missingNumber", "task number 6 is missing: the numbers run 1–9 without it.", "缺少任务序号 6(序号从 1 排到 9)。")]
    [InlineData("emptyTask", "task 4 (line 22) has no task text.", "任务 4(第22行)没有任务内容。")]
    [InlineData("noLeadUnits", "task 4 (row 5) names no lead unit.", "任务 4(第5行)未列明牵头单位。")]
    [InlineData("noProgress", "task 4 (row 5) reports no progress.", "任务 4(第5行)没有填写完成情况。")]
    [InlineData("numbersAssigned", "the table has no 序号 column; tasks were numbered 1… in table order.", "表格没有“序号”列,任务已按表格顺序编号为 1、2、3……")]
    public void Warnings_keep_their_details_in_chinese(string code, string message, string expected)
    {
        Assert.Equal(expected, ParseWarningText.Sentence(new ParseWarning(code, message)));
    }

    [Fact]
    public void An_unknown_code_gets_a_general_sentence_naming_it()
    {
        var sentence = ParseWarningText.Sentence(new ParseWarning("strangeCell", "cell 3 is strange"));

        Assert.Equal("解析公报时发现一处需核对的问题(代码 strangeCell),请对照原始公报核对。", sentence);
        Assert.Equal("其他解析提示(strangeCell)", ParseWarningText.Kind("strangeCell"));
    }

    [Fact]
    public void A_damaged_real_bulletin_gives_only_chinese_notes_grouped_by_kind()
    {
        var root = RenderingTestData.RepoRoot!;
        var text = File.ReadAllText(Path.Combine(root, "samples", "wuhu-2024-q1.txt"));
        // A stray line before the first task, and task 2 numbered 3 (a repeat and a gap).
        var damaged = text.Replace("  备注\n", "  备注\n\n  以下为各单位报送内容\n", StringComparison.Ordinal)
            .Replace("\n  2\n", "\n  3\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(damaged);
        var bulletin = BulletinParser.Parse(bytes, "damaged-q1.txt");
        Assert.Contains(bulletin.Warnings, w => w.Code == "unplacedText");

        var report = RenderingTestData.Builder().BuildQuarterly(bulletin.Year, bulletin.Quarter, [BulletinSource.FromBytes(bulletin, bytes)]);

        Assert.All(report.DataQuality, note => Assert.DoesNotMatch(EnglishWord(), note.Message));
        Assert.Contains(report.DataQuality, n => n.Message.Contains("“以下为各单位报送内容”", StringComparison.Ordinal));
        var groups = report.DataQualityGroups;
        Assert.Equal(groups.Select(g => g.Code).Distinct().Count(), groups.Count);
        Assert.Equal(report.DataQuality.Count, groups.Sum(g => g.Count));
        Assert.All(groups, g => Assert.InRange(g.Examples.Count, 1, 3));
    }
}
