using System.Text;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Status;
using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests;

/// <summary>
/// The word lists the status reading scans every clause with (<see cref="WordList"/>) must find exactly what the
/// regexes that specify them find: the same first match (position and length) and the same text once every match is
/// removed. Checked on texts built at random from the lists' own words, the pieces their patterns combine them with
/// and the characters that stop or break them, and on every line of the repo's sample bulletins.
/// </summary>
public class StatusWordListTests
{
    public static TheoryData<string> Lists =>
        ["shortfall", "strongDone", "underway", "action", "resultConnector", "preparation", "hardFinish", "title", "softFinish"];

    private static (Regex Regex, WordList Words) Pair(string name) => name switch
    {
        "shortfall" => (StatusWords.Shortfall(), StatusWords.ShortfallWords),
        "strongDone" => (StatusWords.StrongDone(), StatusWords.StrongDoneWords),
        "underway" => (StatusWords.Underway(), StatusWords.UnderwayWords),
        "action" => (StatusWords.Action(), StatusWords.ActionWords),
        "resultConnector" => (StatusWords.ResultConnector(), StatusWords.ResultConnectorWords),
        "preparation" => (StatusWords.Preparation(), StatusWords.PreparationWords),
        "hardFinish" => (StatusWords.HardFinishVerb(), StatusWords.HardFinishVerbWords),
        "title" => (StatusWords.TitleVerb(), StatusWords.TitleVerbWords),
        "softFinish" => (StatusWords.SoftFinishVerb(), StatusWords.SoftFinishVerbWords),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Word_list_finds_what_its_regex_finds_in_random_texts(string list)
    {
        var (regex, words) = Pair(list);
        var pieces = Pieces(regex);
        var random = new Random(20251125);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 10);
            for (var i = 0; i < count; i++) text.Append(pieces[random.Next(pieces.Count)]);
            AssertAgrees(regex, words, text.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Word_list_finds_what_its_regex_finds_in_the_sample_bulletins(string list)
    {
        var (regex, words) = Pair(list);
        var lines = Directory.GetFiles(SamplePaths.RepoSamples, "*.txt").SelectMany(File.ReadLines).ToList();
        Assert.True(lines.Count > 100);
        foreach (var line in lines) AssertAgrees(regex, words, line);
    }

    [Fact]
    public void Open_direction_reads_at_the_start_as_its_anchored_regex()
    {
        var pieces = Pieces(StatusWords.OpenDirection());
        var random = new Random(7);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => pieces[random.Next(pieces.Count)]));
            Assert.True(StatusWords.OpenDirection().IsMatch(text) == StatusWords.OpenDirectionWords.MatchAt(text, 0) >= 0, text);
        }
    }

    [Fact]
    public void Item_numbers_read_by_hand_as_their_regex()
    {
        string[] pieces = ["1", "2", "12", "１", "一", "十", "二十", ".", "．", "、", ")", "）", "(", "项目", "年", " "];
        var random = new Random(11);
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 5)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Clauses.ItemNumber().Match(text) is { Success: true } m ? m.Length : 0;
            Assert.True(expected == Clauses.ItemNumberLength(text), text);
        }
    }

    [Fact]
    public void Breaks_read_by_hand_as_their_character_lists()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(Clauses.SentenceBreaks.Contains(c) == Clauses.IsBreak(c, sentences: true), $"sentence break U+{(int)c:X4}");
            Assert.True(Clauses.ClauseBreaks.Contains(c) == Clauses.IsBreak(c, sentences: false), $"clause break U+{(int)c:X4}");
        }
    }

    [Fact]
    public void One_pass_over_several_lists_finds_what_each_list_finds()
    {
        // The clause-state lists searched together agree with each list searched alone; a shortfall ends the search.
        string[] texts = ["正在加快推进", "已于12月底完成", "召开专题推进会4次,印发工作方案", "积极推进项目开工建设", "加快建设并于秋季顺利开学", "进度滞后,已完成80%", "项目推进缓慢", ""];
        Span<(int Index, int Length)?> first = stackalloc (int, int)?[4];
        WordList[] lists = [StatusWords.ShortfallWords, StatusWords.UnderwayWords, StatusWords.StrongDoneWords, StatusWords.ActionWords];
        foreach (var text in texts)
        {
            var decided = StatusWords.ClauseStateWords.FirstOfEach(text, first, decisive: 0);
            Assert.Equal(lists[0].First(text) is not null, decided);
            Assert.Equal(lists[0].First(text), first[0]);
            if (decided) continue;
            for (var i = 1; i < lists.Length; i++) Assert.Equal(lists[i].First(text), first[i]);
        }

        string[] tasks = ["建成A、B等项目", "争创全国双拥模范城", "打造升级版平台", "争取创建国家级园区并开工建设", "拟定方案", ""];
        WordList[] verbs = [StatusWords.HardFinishVerbWords, StatusWords.TitleVerbWords, StatusWords.SoftFinishVerbWords];
        foreach (var text in tasks)
        {
            var decided = StatusWords.FinishVerbWords.FirstOfEach(text, first, decisive: 0);
            Assert.Equal(verbs[0].First(text), first[0]);
            if (decided) continue;
            for (var i = 1; i < verbs.Length; i++) Assert.Equal(verbs[i].First(text), first[i]);
        }
    }

    [Fact]
    public void Forms_beyond_literals_read_as_their_regex_shapes()
    {
        // Greedy gap: the farthest 准备 within six characters; 拟 but not 拟定; 完成 only when a follower comes before a stop.
        Assert.Equal((0, 9), StatusWords.UnderwayWords.First("做好准备和资金准备"));
        Assert.Null(StatusWords.UnderwayWords.First("拟定方案"));
        Assert.Equal((0, 2), StatusWords.StrongDoneWords.First("完成主体施工"));
        Assert.Null(StatusWords.StrongDoneWords.First("完成主体,施工"));
    }

    private static void AssertAgrees(Regex regex, WordList words, string text)
    {
        var expected = regex.Match(text) is { Success: true } m ? (m.Index, m.Length) : ((int, int)?)null;
        Assert.True(expected == words.First(text), $"first match in \"{text}\": regex {expected}, list {words.First(text)}");
        var buffer = new char[text.Length];
        Assert.Equal(regex.Replace(text, ""), new string(buffer, 0, words.RemoveMatches(text, buffer)));
    }

    /// <summary>The literal runs of a pattern, their halves, and the characters that stop, space or follow them.</summary>
    private static List<string> Pieces(Regex regex)
    {
        var runs = Regex.Split(regex.ToString(), @"[|()?!=\[\]{}\\,0-9S^$]+").Where(r => r.Length > 0).ToList();
        var pieces = new List<string>(runs);
        pieces.AddRange(runs.Where(r => r.Length > 1).Select(r => r[..(r.Length / 2)]));
        pieces.AddRange(runs.Where(r => r.Length > 1).Select(r => r[(r.Length / 2)..]));
        pieces.AddRange(["100%", "1", "达", "到", "了", "定", " ", ",", "，", "；", "。", "项目", "主体工程", "道路", "验收", "考核", "准备", "施工", "建设", "一二三四五六七八九十"]);
        return pieces;
    }
}
