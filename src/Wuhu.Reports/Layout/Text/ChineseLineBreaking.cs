namespace Wuhu.Reports.Layout;

/// <summary>
/// Where a line may break in mixed Chinese/Latin text. Chinese may break between any two ideographs,
/// except that closing punctuation never starts a line, opening punctuation never ends one, and
/// numbers (with their decimal point, thousands separator, percent sign and the unit character that
/// follows, as in "7.4万", "28.62%", "2023年") and Latin words ("GDP") stay whole. Spaces stay at the
/// end of the line they follow.
/// </summary>
public static class ChineseLineBreaking
{
    // Closing and trailing marks: never at the start of a line.
    private const string Closing =
        "，。、；：？！）》」』〉】〕〗〙〛］｝’”％‰…‥〃々〆ー゛゜,.;:?!)]}%℃°′″·・";

    // Opening marks and prefixes: never at the end of a line.
    private const string Opening = "（《「『〈【〔〖〘〚［｛‘“([{$¥￥#＃";

    // Between two letters or digits these keep a number or word together: 7.4, 1,120, 10:30, 3/4, COVID-19.
    private const string InnerConnectors = ".,:/-'_";

    /// <summary>
    /// For each index i, whether a line may break before <c>text[i]</c>. Index 0 is never a break;
    /// a break after a '\n' is forced by the caller, not decided here.
    /// </summary>
    public static bool[] BreakOpportunities(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new bool[text.Length];
        for (var i = 1; i < text.Length; i++)
        {
            result[i] = CanBreakBefore(text, i);
        }

        return result;
    }

    /// <summary>Whether a line may break between <c>text[i - 1]</c> and <c>text[i]</c>.</summary>
    public static bool CanBreakBefore(string text, int i)
    {
        var before = text[i - 1];
        var after = text[i];
        if (char.IsLowSurrogate(after))
        {
            return false;
        }

        if (after == '\n' || before == '\n')
        {
            return after != '\n';
        }

        if (IsSpace(after))
        {
            return false;
        }

        if (IsSpace(before))
        {
            return true;
        }

        if (Closing.Contains(after) || Opening.Contains(before))
        {
            return false;
        }

        if (IsWordCharacter(before) && IsWordCharacter(after))
        {
            return false;
        }

        // "2023年", "7.4万": a number keeps the unit written right after it.
        if (IsDigit(before) && IsIdeograph(after))
        {
            return false;
        }

        if (InnerConnectors.Contains(before) && IsWordCharacter(after) && i >= 2 && IsWordCharacter(text[i - 2]))
        {
            return false;
        }

        // "——" and "……" are single marks written with two characters.
        if (before == after && (before is '—' or '…' or '-' or '─'))
        {
            return false;
        }

        // A middle dot joins the parts of a transliterated name.
        return before != '·';
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000';

    public static bool IsIdeograph(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') || char.IsSurrogate(c);

    private static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static bool IsWordCharacter(char c) =>
        IsDigit(c) || c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ')
        || (c >= '\u00C0' && c <= '\u024F' && char.IsLetter(c))
        || (c >= '\u0370' && c <= '\u04FF' && char.IsLetter(c));
}
