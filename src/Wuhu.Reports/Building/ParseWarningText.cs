using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;

namespace Wuhu.Reports.Building;

/// <summary>
/// The parser's warnings in Chinese, for reports read by Chinese managers. One entry per warning code the parser
/// emits (grep <c>new ParseWarning(</c>): the details (task numbers, line, quoted text) are read from the English
/// message when it has the usual shape; otherwise the code's general sentence is used, and an unknown code gets a
/// general sentence naming it, so nothing reaches the PDF in English except the code itself.
/// </summary>
public static partial class ParseWarningText
{
    private sealed record Translation(string Kind, string General, Regex? Detail = null, Func<Match, string>? Format = null);

    private static readonly Dictionary<string, Translation> Translations = new(StringComparer.Ordinal)
    {
        ["unplacedText"] = new("未归属的文字", "公报中有一段文字不属于任何任务,未被使用。", UnplacedPattern(),
            m => $"{Location(m.Groups["where"].Value)}的文字不属于任何任务,未被使用:“{m.Groups["text"].Value}”"),
        ["duplicateNumber"] = new("任务序号重复", "有任务序号重复出现,各行均已保留。", DuplicatePattern(),
            m => $"任务序号 {m.Groups["n"].Value} 出现不止一次({Location(m.Groups["where"].Value)}),各行均已保留。"),
        ["outOfOrderNumber"] = new("任务序号顺序颠倒", "有任务序号排在更大的序号之后。", OutOfOrderPattern(),
            m => $"任务序号 {m.Groups["n"].Value}({Location(m.Groups["where"].Value)})排在序号 {m.Groups["after"].Value} 之后。"),
        ["badNumber"] = new("任务序号无法识别", "有任务的序号无法识别,已按上一项顺延编号。", BadNumberPattern(),
            m => $"{Location(m.Groups["where"].Value)}的任务序号{(m.Groups["printed"].Value == "empty" ? "为空" : $"为 {m.Groups["printed"].Value}")},无法识别,已按上一项顺延编为 {m.Groups["n"].Value}。"),
        ["missingNumber"] = new("任务序号缺失", "任务序号不连续,有序号缺失。", MissingPattern(),
            m => $"缺少任务序号 {m.Groups["n"].Value}(序号从 1 排到 {m.Groups["max"].Value})。"),
        ["emptyTask"] = new("任务内容为空", "有任务没有任务内容。", TaskPattern(),
            m => $"任务 {m.Groups["n"].Value}({Location(m.Groups["where"].Value)})没有任务内容。"),
        ["noLeadUnits"] = new("未列明牵头单位", "有任务未列明牵头单位。", TaskPattern(),
            m => $"任务 {m.Groups["n"].Value}({Location(m.Groups["where"].Value)})未列明牵头单位。"),
        ["noProgress"] = new("未填写完成情况", "有任务没有填写完成情况。", TaskPattern(),
            m => $"任务 {m.Groups["n"].Value}({Location(m.Groups["where"].Value)})没有填写完成情况。"),
        ["numbersAssigned"] = new("表格没有序号列", "表格没有“序号”列,任务已按表格顺序编号为 1、2、3……"),
        ["suspectedMergedTasks"] = new("疑似多项任务并入一项", "有任务的完成情况中似乎包含其他任务(可能缺少序号或表格行被合并),该任务的数据不可靠。", MergedPattern(),
            m => $"任务 {m.Groups["n"].Value}({Location(m.Groups["where"].Value)})的完成情况中似乎包含另外 {m.Groups["k"].Value} 项任务(可能缺少序号或表格行被合并),该任务的数据不可靠,请核对原表。"),
        ["unitColumnsGuessed"] = new("责任单位列按推测读取", "两列责任单位无法区分,已将第一行作为牵头单位,其余作为协同单位。", UnitColumnsPattern(),
            m => $"{Location(m.Groups["where"].Value)}两列责任单位下共有 {m.Groups["k"].Value} 行单位名称,已将第一行作为牵头单位,其余作为协同单位。"),
        ["periodMismatch"] = new("标题与进展列期间不一致", "公报标题与进展情况列标题所写的期间不一致,请核对公报所属期间。", PeriodMismatchPattern(),
            m => $"公报标题“{m.Groups["title"].Value}”与进展情况列“{m.Groups["header"].Value}”所写的期间不一致,请核对公报所属期间。"),
        ["columnsReordered"] = new("续表列顺序不同", "表格换页或换工作表后重复的表头列顺序与前面不同,其后各行已按该表头读取,请核对。"),
        ["otherTable"] = new("未读取的其他表格", "文件中另有一个表格不是本公报任务表或其续表,未被读取,请确认其中没有任务。"),
        ["textAfterTable"] = new("表格结束后仍有编号行", "任务表结束后仍有带编号的行,未被读取,请核对原表是否还有任务。", TextAfterTablePattern(),
            m => $"任务表结束后仍有 {m.Groups["k"].Value} 行带编号的内容未被读取,请核对原表是否还有任务。"),
        ["hiddenContent"] = new("隐藏内容未读取", "文件中有隐藏的行、列、工作表或文字(页面上不可见),未被读取;如其中有任务,请取消隐藏后重新上传。"),
        ["unknownUnits"] = new("单位名称未收录", "有单位名称不在单位名录中,已按原文保留。", UnknownUnitsPattern(),
            m => $"有 {m.Groups["k"].Value} 个单位名称不在单位名录中,已按原文保留:{m.Groups["names"].Value}。"),
    };

    /// <summary>The warning codes that have a Chinese translation.</summary>
    public static IReadOnlyCollection<string> KnownCodes => Translations.Keys;

    /// <summary>The warning as one Chinese sentence.</summary>
    public static string Sentence(ParseWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        if (!Translations.TryGetValue(warning.Code, out var translation))
        {
            return $"解析公报时发现一处需核对的问题(代码 {warning.Code}),请对照原始公报核对。";
        }

        if (translation.Detail?.Match(warning.Message) is { Success: true } match && translation.Format is { } format)
        {
            return format(match);
        }

        return translation.General;
    }

    /// <summary>What kind of problem the code names, in Chinese (the heading of its group in the report).</summary>
    public static string Kind(string code) =>
        Translations.TryGetValue(code, out var translation) ? translation.Kind : $"其他解析提示({code})";

    /// <summary>"line 12" → "第12行", "table 1, row 3" → "表1第3行", "sheet \"续\" row 3" → "工作表“续”第3行"; anything else is kept.</summary>
    private static string Location(string where)
    {
        var text = SheetPattern().Replace(where, m => $"工作表“{m.Groups[1].Value}”");
        text = LinePattern().Replace(text, m => $"第{m.Groups[1].Value}行");
        text = TablePattern().Replace(text, m => $"表{m.Groups[1].Value}");
        text = RowPattern().Replace(text, m => $"第{m.Groups[1].Value}行");
        text = ColumnPattern().Replace(text, m => $"第{m.Groups[1].Value}列");
        return text.Replace(", ", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<where>(?:line|row) \d+(?:, column \d+)?)\b[^""]*: ""(?<text>.*)""$", RegexOptions.Singleline)]
    private static partial Regex UnplacedPattern();

    [GeneratedRegex(@"^the title ""(?<title>[^""]*)"" names .+ but the progress column ""(?<header>[^""]*)"" names", RegexOptions.Singleline)]
    private static partial Regex PeriodMismatchPattern();

    [GeneratedRegex(@"but (?<k>\d+) numbered row\(s\) follow and were not read")]
    private static partial Regex TextAfterTablePattern();

    [GeneratedRegex(@"^task number (?<n>\d+) appears more than once \((?<where>[^)]*)\)")]
    private static partial Regex DuplicatePattern();

    [GeneratedRegex(@"^task number (?<n>\d+) \((?<where>[^)]*)\) comes after (?<after>\d+)")]
    private static partial Regex OutOfOrderPattern();

    [GeneratedRegex(@"^(?<where>.+?): task number is (?<printed>.+?); numbered (?<n>\d+) after the previous task", RegexOptions.Singleline)]
    private static partial Regex BadNumberPattern();

    [GeneratedRegex(@"^task number (?<n>\d+) is missing: the numbers run 1–(?<max>\d+)")]
    private static partial Regex MissingPattern();

    [GeneratedRegex(@"^task (?<n>\d+) \((?<where>[^)]*)\)")]
    private static partial Regex TaskPattern();

    [GeneratedRegex(@"^task (?<n>\d+) \((?<where>[^)]*)\) seems to hold (?<k>\d+) other task")]
    private static partial Regex MergedPattern();

    [GeneratedRegex(@"^(?<where>.+?): (?<k>\d+) unit lines under two unit columns")]
    private static partial Regex UnitColumnsPattern();

    [GeneratedRegex(@"^(?<k>\d+) unit name\(s\) are not in the unit directory[^:]*: (?<names>.*?)\.?$", RegexOptions.Singleline)]
    private static partial Regex UnknownUnitsPattern();

    [GeneratedRegex(@"\bsheet ""([^""]*)"" ?")]
    private static partial Regex SheetPattern();

    [GeneratedRegex(@"\bline (\d+)")]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"\btable (\d+)")]
    private static partial Regex TablePattern();

    [GeneratedRegex(@"\brow (\d+)")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"\bcolumn (\d+)")]
    private static partial Regex ColumnPattern();
}
