using System.Globalization;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Normalization;

/// <summary>
/// Finds quantitative targets in a task's text ("新增公共停车泊位3500个", "森林覆盖率达28.6%") and, for each, the
/// actual the progress text reports in the same unit whose wording shares most with the target's measure
/// ("2023年,我市新增4家上市企业" answers "新增上市企业5家").
/// </summary>
public static partial class TargetExtractor
{
    [GeneratedRegex(@"(?<![\d.])(?<num>\d+(?:\.\d+)?)(?<unit>万平方米|平方米|平方公里|公里|千米|个百分点|百分点|万人次|人次|万人|万户|万亩|亩|公顷|万千瓦|千瓦|兆瓦|万吨|吨|亿元|万元|元|个|家|所|座|条|项|套|户|辆|台|处|场次|场|名|间|栋|幢|万株|株|棵|床|%|公斤|千克|米|人)")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(力争|确保|争取|实现|完成|全年|年内|累计|新建成|建成|推动|推进|开展|实施|加快|打造|其中|共|达到|达|以上|以下|的)+")]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"(达到|达|提高到|提高至|提升到|提升至|增至|超过|不低于|保持在|稳定在|控制在|低于|不超过|不高于|以上|在|为|至|约)+$")]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"(控制在|低于|不超过|不高于)$")]
    private static partial Regex CeilingBefore();

    [GeneratedRegex(@"^(以内|以下)")]
    private static partial Regex CeilingAfter();

    /// <summary>Words that name a change but not what changes ("力争增长10.5%").</summary>
    private static readonly HashSet<string> GenericChanges = ["增长", "提高", "提升", "下降", "增加", "减少", "降低"];

    // Parentheses are not delimiters: "新增老年食堂(助餐点)共163个" keeps its measure in the context.
    private static readonly char[] Delimiters = [',', '，', '。', ';', '；', ':', '：', '、', '\n', '!', '！', '?', '？'];

    public static List<QuantitativeTarget> Extract(string taskText, string progress)
    {
        var targets = new List<QuantitativeTarget>();
        // The progress text is usually far longer than the task text: only scan it when the task names a quantity.
        List<Found>? candidates = null;
        foreach (var quantity in Quantities(taskText))
        {
            if (quantity.InsideName || quantity.IsAttribute) continue;
            var metric = MetricOf(quantity, targets);
            if (metric.Length < 2) continue;
            var atMost = CeilingBefore().IsMatch(quantity.Before) || CeilingAfter().IsMatch(quantity.After);
            candidates ??= Quantities(progress).ToList();
            var actual = BestActual(metric, quantity.Unit, candidates);
            targets.Add(new QuantitativeTarget(metric, quantity.Value, actual, quantity.Unit, atMost));
        }

        return targets;
    }

    private sealed record Found(decimal Value, string Unit, string Before, string After, bool InsideName)
    {
        /// <summary>"占地5亩以上的企业": a quantity describing what is counted, not a target (shares such as "60%的社区" are targets).</summary>
        public bool IsAttribute => Unit != "%" && AttributeSuffix().IsMatch(After);
    }

    [GeneratedRegex(@"^(以上|以下|左右)?的")]
    private static partial Regex AttributeSuffix();

    private static IEnumerable<Found> Quantities(string text)
    {
        var compact = TextCleaner.RemoveAllWhitespace(text);
        foreach (Match match in Quantity().Matches(compact))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            var before = compact[(compact.LastIndexOfAny(Delimiters, Math.Max(0, start - 1)) + 1)..start];
            var afterEnd = compact.IndexOfAny(Delimiters, end);
            var after = compact[end..(afterEnd < 0 ? compact.Length : afterEnd)];
            // "“1%工作法”": a number inside a quoted name is not a quantity.
            var insideName = start > 0 && compact[start - 1] is '“' or '《' or '"' or '「';
            if (decimal.TryParse(match.Groups["num"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                yield return new Found(value, NormalizeUnit(match.Groups["unit"].Value), CutAtNumber(before, fromEnd: true), CutAtNumber(after, fromEnd: false), insideName);
            }
        }
    }

    private static string NormalizeUnit(string unit) => unit == "百分点" ? "个百分点" : unit;

    /// <summary>
    /// Context stops at another number so that "上市企业5家、报会5家" keeps the two measures apart; digits inside a
    /// Latin token such as "5G" are words, not numbers.
    /// </summary>
    private static string CutAtNumber(string text, bool fromEnd)
    {
        var numbers = StandaloneDigit().Matches(text);
        if (numbers.Count == 0) return text;
        return fromEnd ? text[(numbers[^1].Index + 1)..] : text[..numbers[0].Index];
    }

    [GeneratedRegex(@"\d(?![A-Za-z\d])|\d(?=\d)")]
    private static partial Regex StandaloneDigit();

    /// <summary>
    /// The measure is the words before the number ("新建健身步道90公里"); after it when only a verb precedes ("完成55个菜市改造");
    /// both when the words before are too generic ("新增100家标杆示范企业"); and a stretch goal with nothing of its own
    /// ("增长10%,力争增长10.5%") takes the measure of the target before it in the same unit.
    /// </summary>
    private static string MetricOf(Found quantity, IReadOnlyList<QuantitativeTarget> earlier)
    {
        var before = TrailingFiller().Replace(LeadingFiller().Replace(quantity.Before, ""), "");
        var after = LeadingFiller().Replace(quantity.After, "");
        // "建成A、B等5个创新园": the names before 等 are examples; the measure is what is counted.
        if (before.EndsWith('等') && after.Length >= 2) return after;
        if (before.Length >= 3) return before;
        if (after.Length >= 2) return before + after;
        var generic = before.Length == 0 || GenericChanges.Contains(before);
        return generic ? earlier.LastOrDefault(t => t.Unit == quantity.Unit)?.Metric ?? before : before;
    }

    /// <summary>Count words that all count items: "认定20家" answers "打造…20个", "21户企业" answers "15家".</summary>
    private static readonly HashSet<string> CountUnits = ["家", "个", "户", "项", "所", "座", "处"];

    private static bool SameMeasure(string a, string b) => a == b || CountUnits.Contains(a) && CountUnits.Contains(b);

    private static decimal? BestActual(string metric, string unit, IEnumerable<Found> candidates)
    {
        var metricChars = metric.Where(c => !char.IsDigit(c)).ToHashSet();
        // A third of the measure's characters in the context: "完成整治村庄78个" answers "农村人居环境整治提升村庄100个".
        var needed = Math.Max(2, (int)Math.Ceiling(metricChars.Count * 0.35));
        Found? best = null;
        var bestScore = 0;
        foreach (var candidate in candidates.Where(c => SameMeasure(c.Unit, unit) && !c.InsideName))
        {
            var context = (candidate.Before + candidate.After).ToHashSet();
            var score = metricChars.Count(context.Contains);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return bestScore >= needed ? best!.Value : null;
    }
}
