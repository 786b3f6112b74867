using System.Text.RegularExpressions;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>Web-page furniture that ends the table (print/close links, share bars, site footers) and page-break marks.</summary>
internal static partial class PageNoise
{
    [GeneratedRegex(@"^(【?(打印本页|关闭窗口|打印|关闭|返回顶部)】?)+$|扫一扫|分享到|相关链接|相关文件|版权所有|主办单位|承办单位|网站标识码|ICP备|公网安备|网站地图|联系我们|上一篇|下一篇")]
    private static partial Regex FooterPattern();

    /// <summary>"第 1 页 共 2 页", "第1页/共2页", "共2页第1页", "- 2 -", "1/2", "Page 1 of 2".</summary>
    [GeneratedRegex(@"^(第\d+页([/,，]?共\d+页)?|共\d+页[/,，]?第\d+页|[-—–]+\d+[-—–]+|\d+/\d+|(?i:page)\d+((?i:of)\d+)?)$")]
    private static partial Regex PageMarkerPattern();

    /// <summary>Sentence punctuation: a footer is a label or a link row, never a sentence.</summary>
    [GeneratedRegex(@"[。；;！!？?]")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// Footers are short lines that read as a label; a sentence that mentions 相关文件 ("已出台相关文件2份,正在推进。")
    /// or a long paragraph is content.
    /// </summary>
    public static bool IsFooter(string line)
    {
        if (line.Length > 120) return false;
        var compact = TextCleaner.CompactSpan(line);
        var footer = FooterPattern().EnumerateMatches(compact);
        if (!footer.MoveNext() || SentenceEnd().IsMatch(compact)) return false;
        // "主办单位:…,承办单位:…" is a footer; "已出台相关文件2份,正在推进" is a clause of a sentence.
        return footer.Current.Index == 0 || compact.IndexOfAny(',', '，') < 0;
    }

    /// <summary>A page number printed where a page broke ("第 1 页 共 2 页", "- 2 -").</summary>
    public static bool IsPageMarker(string line) =>
        line.Length <= 40 && PageMarkerPattern().IsMatch(TextCleaner.CompactSpan(line));
}
