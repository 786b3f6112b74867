using System.Text.RegularExpressions;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>Web-page furniture that ends the table (print/close links, share bars, site footers).</summary>
internal static partial class PageNoise
{
    [GeneratedRegex(@"^(【?(打印本页|关闭窗口|打印|关闭|返回顶部)】?)+$|扫一扫|分享到|相关链接|相关文件|版权所有|主办单位|承办单位|网站标识码|ICP备|公网安备|网站地图|联系我们|上一篇|下一篇")]
    private static partial Regex FooterPattern();

    /// <summary>Footers are short lines; a long paragraph that mentions 相关文件 is content.</summary>
    public static bool IsFooter(string line) => line.Length <= 120 && TextCleaner.IsMatchWithoutWhitespace(FooterPattern(), line);
}
