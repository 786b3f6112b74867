using System.Buffers;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>Web-page furniture that ends the table (print/close links, share bars, site footers) and page-break marks.</summary>
internal static partial class PageNoise
{
    [GeneratedRegex(@"^(【?(打印本页|关闭窗口|打印|关闭|返回顶部)】?)+$|扫一扫|分享到|相关链接|相关文件|版权所有|主办单位|承办单位|网站标识码|ICP备|公网安备|网站地图|联系我们|上一篇|下一篇")]
    private static partial Regex FooterPattern();

    /// <summary>
    /// Words one of which every match of <see cref="FooterPattern"/> holds (its first alternative needs 打印, 关闭 or
    /// 返回顶部): a line with none of them is no footer. Keep in step with the pattern.
    /// </summary>
    private static readonly string[] FooterWords =
        ["打印", "关闭", "返回顶部", "扫一扫", "分享到", "相关链接", "相关文件", "版权所有", "主办单位", "承办单位", "网站标识码", "ICP备", "公网安备", "网站地图", "联系我们", "上一篇", "下一篇"];

    /// <summary>
    /// The first characters of <see cref="FooterWords"/>: one vectorized search over the raw line rules out most lines
    /// (whitespace inside a word does not move its first character). A SearchValues of the words themselves was
    /// slower here: for non-ASCII words it walks a dictionary per character.
    /// </summary>
    private static readonly SearchValues<char> FooterWordStarts = SearchValues.Create(string.Concat(FooterWords.Select(w => w[0]).Distinct()));
    /// <summary>"第 1 页 共 2 页", "第1页/共2页", "共2页第1页", "- 2 -", "1/2", "Page 1 of 2".</summary>
    [GeneratedRegex(@"^(第\d+页([/,，]?共\d+页)?|共\d+页[/,，]?第\d+页|[-—–]+\d+[-—–]+|\d+/\d+|(?i:page)\d+((?i:of)\d+)?)$")]
    private static partial Regex PageMarkerPattern();

    /// <summary>Sentence punctuation: a footer is a label or a link row, never a sentence.</summary>
    [GeneratedRegex(@"[。；;！!？?]")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// The characters of <see cref="SentenceEnd"/>: a line whose last visible character is one (most paragraphs of a
    /// table's cells end with "。") is a sentence, never a footer, whatever words it holds. Keep in step with the pattern.
    /// </summary>
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；;！!？?");

    private const int MaxFooterLength = 120;
    private const int MaxPageMarkerLength = 40;

    /// <summary>
    /// Footers are short lines that read as a label; a sentence that mentions 相关文件 ("已出台相关文件2份,正在推进。")
    /// or a long paragraph is content.
    /// </summary>
    public static bool IsFooter(string line)
    {
        // Asked of every line of a text table: the words are looked for in the line as it is (whitespace inside a word
        // skipped), so that the line without whitespace is built, on the stack, only for the few lines holding one.
        if (line.Length > MaxFooterLength || SentenceEnds.Contains(LineBuffers.LastVisible(line)) || !ContainsFooterWord(line)) return false;
        Span<char> buffer = stackalloc char[MaxFooterLength];
        LineBuffers.TryCompact(line, buffer, out var length);
        var compact = buffer[..length];
        var footer = FooterPattern().EnumerateMatches(compact);
        if (!footer.MoveNext() || SentenceEnd().IsMatch(compact)) return false;
        // "主办单位:…,承办单位:…" is a footer; "已出台相关文件2份,正在推进" is a clause of a sentence.
        return footer.Current.Index == 0 || compact.IndexOfAny(',', '，') < 0;
    }

    /// <summary>Whether the line without its whitespace holds one of <see cref="FooterWords"/>.</summary>
    private static bool ContainsFooterWord(ReadOnlySpan<char> line)
    {
        for (var at = line.IndexOfAny(FooterWordStarts); at >= 0;)
        {
            var rest = line[at..];
            foreach (var word in FooterWords)
            {
                if (word[0] == rest[0] && StartsWithIgnoringSpaces(rest, word)) return true;
            }

            var next = line[(at + 1)..].IndexOfAny(FooterWordStarts);
            if (next < 0) return false;
            at += next + 1;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="word"/> once its whitespace is left out.</summary>
    private static bool StartsWithIgnoringSpaces(ReadOnlySpan<char> text, string word)
    {
        var at = 0;
        foreach (var c in word)
        {
            while (at < text.Length && TextCleaner.IsSpace(text[at])) at++;
            if (at == text.Length || text[at] != c) return false;
            at++;
        }

        return true;
    }

    /// <summary>A page number printed where a page broke ("第 1 页 共 2 页", "- 2 -").</summary>
    public static bool IsPageMarker(string line)
    {
        if (line.Length > MaxPageMarkerLength) return false;
        // Every alternative of the pattern starts with 第, 共, a dash, a digit or "page" and ends with 页, a dash or a
        // digit: other lines (nearly all) skip the copy without whitespace and the regex.
        var first = LineBuffers.FirstVisible(line);
        if (!(first is '第' or '共' or '-' or '—' or '–' or 'p' or 'P' || char.IsDigit(first))) return false; // a blank line's '\0' too
        var last = LineBuffers.LastVisible(line);
        if (!(last is '页' or '-' or '—' or '–' || char.IsDigit(last))) return false;

        Span<char> buffer = stackalloc char[MaxPageMarkerLength];
        LineBuffers.TryCompact(line, buffer, out var length);
        return PageMarkerPattern().IsMatch(buffer[..length]);
    }
}
