using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Normalization;

/// <summary>
/// Finds quantitative targets in a task's text ("新增公共停车泊位3500个", "森林覆盖率达28.6%") and, for each, the
/// actual the progress text reports in the same unit whose wording shares most with the target's measure
/// ("2023年,我市新增4家上市企业" answers "新增上市企业5家").
/// </summary>
/// <remarks>
/// This runs for every task of a bulletin, so it works on the whitespace-free text in a buffer and keeps each
/// quantity's context as positions in it: the only strings made are the measures of the targets it returns.
/// </remarks>
public static partial class TargetExtractor
{
    /// <summary>
    /// A quantity: a number not inside another and a unit. The specification of <see cref="NextQuantity"/>, which
    /// reads the same matches by hand (checked against it in the tests).
    /// </summary>
    [GeneratedRegex(@"(?<![\d.])(?<num>\d+(?:\.\d+)?)(?<unit>万平方米|平方米|平方公里|公里|千米|个百分点|百分点|万人次|人次|万人|万户|万亩|亩|公顷|万千瓦|千瓦|兆瓦|万吨|吨|亿元|万元|元|个|家|所|座|条|项|套|户|辆|台|处|场次|场|名|间|栋|幢|万株|株|棵|床|%|公斤|千克|米|人)")]
    internal static partial Regex Quantity();

    /// <summary>
    /// The units <see cref="Quantity"/> knows, in its order of trying (a longer unit before one it starts or ends
    /// with), so that a match's unit is one of these strings, not a new one.
    /// </summary>
    private static readonly string[] Units =
    [
        "万平方米", "平方米", "平方公里", "公里", "千米", "个百分点", "百分点", "万人次", "人次", "万人", "万户", "万亩", "亩", "公顷",
        "万千瓦", "千瓦", "兆瓦", "万吨", "吨", "亿元", "万元", "元", "个", "家", "所", "座", "条", "项", "套", "户", "辆", "台", "处",
        "场次", "场", "名", "间", "栋", "幢", "万株", "株", "棵", "床", "%", "公斤", "千克", "米", "人",
    ];

    /// <summary>
    /// Every character regex \d matches (Unicode decimal digits, as char.IsDigit), a bit each: the scans below ask it
    /// of every character near a number, most of them Han characters, for which char.IsDigit queries the Unicode tables.
    /// </summary>
    private static readonly ulong[] DigitBits = AllDigits();

    private static ulong[] AllDigits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsDigit((char)c)) bits[c >> 6] |= 1UL << (c & 63);
        }

        return bits;
    }

    private static bool IsDigit(char c) => (DigitBits[c >> 6] >> (c & 63) & 1) != 0;

    /// <summary>
    /// Words a measure starts with that are not the measure ("力争…", "累计…"), tried in this order at each step as the
    /// rule ^(力争|确保|…|的)+ would (written out: it runs for every context of every quantity).
    /// </summary>
    private static readonly string[] LeadingFillers =
        ["力争", "确保", "争取", "实现", "完成", "全年", "年内", "累计", "新建成", "建成", "推动", "推进", "开展", "实施", "加快", "打造", "其中", "共", "达到", "达", "以上", "以下", "的"];

    [GeneratedRegex(@"(达到|达|提高到|提高至|提升到|提升至|增至|超过|不低于|保持在|稳定在|控制在|低于|不超过|不高于|以上|在|为|至|约)+$")]
    private static partial Regex TrailingFiller();

    /// <summary>The last characters of the <see cref="TrailingFiller"/> words: any other last character rules the pattern out.</summary>
    private static readonly SearchValues<char> TrailingFillerEnds = SearchValues.Create("到达至过于在上为约");

    /// <summary>Words before a number that make it a ceiling ("控制在5%"): the rule (控制在|低于|不超过|不高于)$.</summary>
    private static readonly string[] CeilingWordsBefore = ["控制在", "低于", "不超过", "不高于"];

    /// <summary>Words after a number that make it a ceiling ("5%以内"): the rule ^(以内|以下).</summary>
    private static readonly string[] CeilingWordsAfter = ["以内", "以下"];

    /// <summary>Words that name a change but not what changes ("力争增长10.5%").</summary>
    private static readonly string[] GenericChanges = ["增长", "提高", "提升", "下降", "增加", "减少", "降低"];

    // Parentheses are not delimiters: "新增老年食堂(助餐点)共163个" keeps its measure in the context.
    private static readonly SearchValues<char> Delimiters = SearchValues.Create(",，。;；:：、\n!！?？");

    /// <summary>Texts up to this length are compacted on the stack (task texts nearly always are).</summary>
    private const int StackChars = 512;

    /// <summary>The task's targets with what the progress reports of each; tasks without one share an empty list.</summary>
    public static IReadOnlyList<QuantitativeTarget> Extract(string taskText, string progress)
    {
        // Most tasks name no quantity. A quantity's number is parsed as ASCII digits, so a text without one has none
        // (full-width digits match the pattern, but their number never parses).
        if (!taskText.AsSpan().ContainsAnyInRange('0', '9')) return [];

        char[]? rentedTask = null;
        var taskBuffer = taskText.Length <= StackChars ? stackalloc char[taskText.Length] : (rentedTask = ArrayPool<char>.Shared.Rent(taskText.Length));
        var task = Compact(taskText, taskBuffer);
        var inTask = Quantities(task, stackalloc Found[FoundOnStack]);
        if (inTask.IsEmpty)
        {
            if (rentedTask is not null) ArrayPool<char>.Shared.Return(rentedTask);
            return [];
        }

        // Sized for every quantity of the task (nearly always each is a target): the list goes into the result, so
        // it is made to measure rather than grown.
        var targets = new List<QuantitativeTarget>(inTask.Length);

        // The progress is usually far longer than the task: it is only read when the task names a quantity.
        char[]? rentedProgress = null;
        var progressBuffer = progress.Length <= StackProgressChars ? stackalloc char[progress.Length] : (rentedProgress = ArrayPool<char>.Shared.Rent(progress.Length));
        var progressText = Compact(progress, progressBuffer);
        var candidates = Quantities(progressText, stackalloc Found[FoundOnStack]);
        foreach (var quantity in inTask)
        {
            if (quantity.InsideName || quantity.IsAttribute(task)) continue;
            var metric = MetricOf(quantity, task, targets);
            if (metric.Length < 2) continue;
            var atMost = EndsWithAny(quantity.Before(task), CeilingWordsBefore) || StartsWithAny(quantity.After(task), CeilingWordsAfter);
            var actual = BestActual(metric, quantity.Unit, candidates, progressText);
            targets.Add(new QuantitativeTarget(metric, quantity.Value, actual, quantity.Unit, atMost));
        }

        if (rentedTask is not null) ArrayPool<char>.Shared.Return(rentedTask);
        if (rentedProgress is not null) ArrayPool<char>.Shared.Return(rentedProgress);
        return targets;
    }

    /// <summary>Quantities live on the stack up to this many per text (a text with more is read again into an array).</summary>
    private const int FoundOnStack = 24;

    /// <summary>Progress texts up to this length are compacted on the stack.</summary>
    private const int StackProgressChars = 2048;

    /// <summary>
    /// A quantity in a whitespace-free text: its value, its unit (an index into <see cref="Units"/>) and where its
    /// context lies — the words before and after it up to a delimiter or another number. No references, so a text's
    /// quantities fit on the stack.
    /// </summary>
    private readonly record struct Found(decimal Value, byte UnitIndex, int BeforeStart, int Start, int End, int AfterEnd, bool InsideName)
    {
        public string Unit => Units[UnitIndex];

        public ReadOnlySpan<char> Before(ReadOnlySpan<char> text) => text[BeforeStart..Start];

        public ReadOnlySpan<char> After(ReadOnlySpan<char> text) => text[End..AfterEnd];

        /// <summary>
        /// "占地5亩以上的企业": a quantity describing what is counted, not a target (shares such as "60%的社区" are
        /// targets). The context after it reads ^(以上|以下|左右)?的.
        /// </summary>
        public bool IsAttribute(ReadOnlySpan<char> text)
        {
            if (Unit == "%") return false;
            var after = After(text);
            if (after.StartsWith("以上") || after.StartsWith("以下") || after.StartsWith("左右")) after = after[2..];
            return after.StartsWith('的');
        }
    }

    /// <summary>The quantities of <paramref name="text"/> in order: in <paramref name="buffer"/> when they fit, else in a new array.</summary>
    private static ReadOnlySpan<Found> Quantities(ReadOnlySpan<char> text, Span<Found> buffer)
    {
        var written = Fill(text, buffer, out var total);
        if (total == written) return buffer[..written];
        var all = new Found[total];
        Fill(text, all, out _);
        return all;
    }

    /// <summary>Writes the quantities into <paramref name="found"/> until it is full; <paramref name="total"/> is how many there are.</summary>
    private static int Fill(ReadOnlySpan<char> text, Span<Found> found, out int total)
    {
        var count = 0;
        total = 0;
        for (var at = NextQuantity(text, 0, out var length, out var unit); at >= 0; at = NextQuantity(text, at + length, out length, out unit))
        {
            if (!TryRead(text, at, length, unit, out var quantity)) continue;
            total++;
            if (count < found.Length) found[count++] = quantity;
        }

        return count;
    }

    /// <summary>
    /// The next match of <see cref="Quantity"/> at or after <paramref name="from"/>, read by hand (this runs on every
    /// task and progress text with a digit): a number <c>\d+(\.\d+)?</c> that neither a digit nor a point precedes,
    /// followed by the first of <see cref="Units"/> that reads there. Backtracking into the number never helps, as no
    /// unit starts with a digit or a point. Returns where it starts (-1: none), its length and its unit's place in
    /// <see cref="Units"/>.
    /// </summary>
    internal static int NextQuantity(ReadOnlySpan<char> text, int from, out int length, out int unit)
    {
        for (var at = from; at < text.Length; at++)
        {
            if (!IsDigit(text[at]) || at > 0 && (IsDigit(text[at - 1]) || text[at - 1] == '.')) continue;
            var number = NumberLength(text[at..]);
            unit = UnitAt(text[(at + number)..]);
            if (unit < 0) continue;
            length = number + Units[unit].Length;
            return at;
        }

        (length, unit) = (0, -1);
        return -1;
    }

    /// <summary>The length of the number <c>\d+(\.\d+)?</c> at the start of a text that starts with a digit.</summary>
    private static int NumberLength(ReadOnlySpan<char> text)
    {
        var number = 1;
        while (number < text.Length && IsDigit(text[number])) number++;
        if (number + 1 < text.Length && text[number] == '.' && IsDigit(text[number + 1]))
        {
            number += 2;
            while (number < text.Length && IsDigit(text[number])) number++;
        }

        return number;
    }

    /// <summary>The place in <see cref="Units"/> of the first unit the text starts with, or -1.</summary>
    private static int UnitAt(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return -1;
        for (var i = 0; i < Units.Length; i++)
        {
            // The first character rules out nearly every unit without a comparison of the rest.
            if (Units[i][0] == text[0] && text.StartsWith(Units[i], StringComparison.Ordinal)) return i;
        }

        return -1;
    }

    /// <summary>One match of <see cref="Quantity"/>: the number is the digits (and decimals) it starts with, the unit the rest.</summary>
    private static bool TryRead(ReadOnlySpan<char> text, int start, int length, int unit, out Found found)
    {
        found = default;
        var match = text.Slice(start, length);
        // No unit starts with a digit or '.', so the number is the longest \d+(\.\d+)? at the start of the match.
        var number = NumberLength(match);

        if (!decimal.TryParse(match[..number], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        var end = start + length;
        var beforeStart = text[..start].LastIndexOfAny(Delimiters) + 1;
        var afterEnd = text[end..].IndexOfAny(Delimiters) is var stop and >= 0 ? end + stop : text.Length;
        // Context stops at another number so that "上市企业5家、报会5家" keeps the two measures apart.
        var lastInBefore = LastStandaloneDigit(text[beforeStart..start]);
        if (lastInBefore >= 0) beforeStart += lastInBefore + 1;
        var firstInAfter = FirstStandaloneDigit(text[end..afterEnd]);
        if (firstInAfter >= 0) afterEnd = end + firstInAfter;
        // "“1%工作法”": a number inside a quoted name is not a quantity.
        var insideName = start > 0 && text[start - 1] is '“' or '《' or '"' or '「';
        found = new Found(value, UnitIndexOf(unit), beforeStart, start, end, afterEnd, insideName);
        return true;
    }

    private static readonly int PercentagePoints = Array.IndexOf(Units, "个百分点");
    private static readonly int BarePercentagePoints = Array.IndexOf(Units, "百分点");

    /// <summary>The unit a quantity keeps: "百分点" is read as "个百分点".</summary>
    private static byte UnitIndexOf(int unit) => (byte)(unit == BarePercentagePoints ? PercentagePoints : unit);

    /// <summary>
    /// The rule "\d(?![A-Za-z\d])|\d(?=\d)" written out: a digit not followed by a Latin letter is a number, while
    /// digits inside a Latin token such as "5G" are words. Only the context itself is looked at, as the regex did.
    /// </summary>
    private static bool IsStandaloneDigit(ReadOnlySpan<char> text, int at) =>
        IsDigit(text[at]) && (at + 1 == text.Length || !char.IsAsciiLetter(text[at + 1]));

    private static int LastStandaloneDigit(ReadOnlySpan<char> text)
    {
        for (var at = text.Length - 1; at >= 0; at--)
        {
            if (IsStandaloneDigit(text, at)) return at;
        }

        return -1;
    }

    private static int FirstStandaloneDigit(ReadOnlySpan<char> text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (IsStandaloneDigit(text, at)) return at;
        }

        return -1;
    }

    /// <summary>
    /// The measure is the words before the number ("新建健身步道90公里"); after it when only a verb precedes ("完成55个菜市改造");
    /// both when the words before are too generic ("新增100家标杆示范企业"); and a stretch goal with nothing of its own
    /// ("增长10%,力争增长10.5%") takes the measure of the target before it in the same unit.
    /// </summary>
    private static string MetricOf(Found quantity, ReadOnlySpan<char> text, List<QuantitativeTarget> earlier)
    {
        var before = WithoutTrailingFiller(WithoutLeadingFiller(quantity.Before(text)));
        var after = WithoutLeadingFiller(quantity.After(text));
        // "建成A、B等5个创新园": the names before 等 are examples; the measure is what is counted.
        if (before.EndsWith('等') && after.Length >= 2) return after.ToString();
        if (before.Length >= 3) return before.ToString();
        if (after.Length >= 2) return string.Concat(before, after);
        if (before.Length == 0 || IsGenericChange(before))
        {
            for (var i = earlier.Count - 1; i >= 0; i--)
            {
                if (earlier[i].Unit == quantity.Unit) return earlier[i].Metric;
            }
        }

        return before.ToString();
    }

    /// <summary>The text after the filler words it starts with.</summary>
    private static ReadOnlySpan<char> WithoutLeadingFiller(ReadOnlySpan<char> text)
    {
        var removed = true;
        while (removed)
        {
            removed = false;
            foreach (var filler in LeadingFillers)
            {
                if (!text.StartsWith(filler)) continue;
                text = text[filler.Length..];
                removed = true;
                break;
            }
        }

        return text;
    }

    /// <summary>The text before the filler words it ends with (the pattern is anchored at the end: one match at most).</summary>
    private static ReadOnlySpan<char> WithoutTrailingFiller(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !TrailingFillerEnds.Contains(text[^1])) return text;
        foreach (var match in TrailingFiller().EnumerateMatches(text)) return text[..match.Index];
        return text;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word)) return true;
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word)) return true;
        }

        return false;
    }

    private static bool IsGenericChange(ReadOnlySpan<char> words)
    {
        foreach (var change in GenericChanges)
        {
            if (words.SequenceEqual(change)) return true;
        }

        return false;
    }

    /// <summary>Count words that all count items: "认定20家" answers "打造…20个", "21户企业" answers "15家".</summary>
    private static bool IsCountUnit(string unit) => unit is "家" or "个" or "户" or "项" or "所" or "座" or "处";

    private static bool SameMeasure(string a, string b) => a == b || IsCountUnit(a) && IsCountUnit(b);

    private static decimal? BestActual(string metric, string unit, ReadOnlySpan<Found> candidates, ReadOnlySpan<char> text)
    {
        // The measure's distinct characters other than digits (a measure is a few words).
        Span<char> distinct = metric.Length <= StackChars ? stackalloc char[metric.Length] : new char[metric.Length];
        var count = 0;
        foreach (var c in metric)
        {
            if (!IsDigit(c) && !distinct[..count].Contains(c)) distinct[count++] = c;
        }

        var metricChars = distinct[..count];
        // A third of the measure's characters in the context: "完成整治村庄78个" answers "农村人居环境整治提升村庄100个".
        var needed = Math.Max(2, (int)Math.Ceiling(metricChars.Length * 0.35));
        decimal? best = null;
        var bestScore = 0;
        foreach (var candidate in candidates)
        {
            if (!SameMeasure(candidate.Unit, unit) || candidate.InsideName) continue;
            var before = candidate.Before(text);
            var after = candidate.After(text);
            var score = 0;
            foreach (var c in metricChars)
            {
                if (before.Contains(c) || after.Contains(c)) score++;
            }

            if (score > bestScore)
            {
                best = candidate.Value;
                bestScore = score;
            }
        }

        return bestScore >= needed ? best : null;
    }

    /// <summary>The text without whitespace, written into <paramref name="buffer"/> (at least as long as the text).</summary>
    private static ReadOnlySpan<char> Compact(string text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (!TextCleaner.IsSpace(c)) buffer[length++] = c;
        }

        return buffer[..length];
    }
}
