using System.Text.RegularExpressions;

namespace Wuhu.Bulletins.Status;

/// <summary>Clause-level pieces of Chinese text, and the comparison of a deliverable's words with a report's.</summary>
internal static partial class Clauses
{
    /// <summary>At most this many characters are quoted from the progress text as evidence.</summary>
    public const int QuoteLength = 40;

    [GeneratedRegex(@"^(\d{1,2}|[一二三四五六七八九十]{1,2})[.．、)）]")]
    private static partial Regex ItemNumber();

    private static readonly char[] ClauseBreaks = [',', '，', '。', ';', '；', '\n', '!', '！', '?', '？', ':', '：'];
    private static readonly char[] SentenceBreaks = ['。', ';', '；', '\n', '!', '！', '?', '？'];

    /// <summary>Clauses of a text, item numbers ("1.", "二、") removed, empty pieces dropped.</summary>
    public static List<string> Of(string text) => Split(text, ClauseBreaks);

    /// <summary>Sentences (。/；/line breaks) of a text, item numbers removed.</summary>
    public static List<string> SentencesOf(string text) => Split(text, SentenceBreaks);

    private static List<string> Split(string text, char[] breaks)
    {
        // By hand rather than string.Split + LINQ: this runs on every sentence of every progress text.
        var pieces = new List<string>();
        var rest = text.AsSpan();
        var start = 0;
        while (start <= text.Length)
        {
            var length = rest[start..].IndexOfAny(breaks);
            var end = length < 0 ? text.Length : start + length;
            var piece = rest[start..end].Trim();
            if (piece.Length > 0)
            {
                var pieceText = piece.Length == text.Length ? text : piece.ToString();
                if (StartsLikeItemNumber(pieceText)) pieceText = ItemNumber().Replace(pieceText, "");
                if (pieceText.Length > 0) pieces.Add(pieceText);
            }

            start = end + 1;
        }

        return pieces;
    }

    // A cheap look at the first character saves a regex pass on the many clauses that are not numbered items.
    private static bool StartsLikeItemNumber(string piece) => char.IsAsciiDigit(piece[0]) || "一二三四五六七八九十".Contains(piece[0]);

    /// <summary>The distinct meaningful characters of a phrase: Han characters and Latin letters, minus function words.</summary>
    public static HashSet<char> Meaningful(string text) =>
    [
        .. text.Where(IsMeaningful),
    ];

    /// <summary>
    /// True when a report clause speaks of this deliverable: it holds at least 60% of the deliverable's meaningful
    /// characters, and at least three of them (all of them when the deliverable is shorter). Character overlap
    /// rather than exact substrings because reports reword names ("市综合服务平台" → "市工业互联网综合服务平台").
    /// </summary>
    public static bool Speaks(HashSet<char> deliverable, string clause)
    {
        if (deliverable.Count == 0) return false;
        var shared = SharedCount(deliverable, clause);
        return shared >= Math.Min(3, deliverable.Count) && shared >= deliverable.Count * 0.6;
    }

    /// <summary>How many of the characters occur in the text.</summary>
    public static int SharedCount(HashSet<char> characters, string text)
    {
        var shared = 0;
        foreach (var c in characters)
        {
            if (text.Contains(c)) shared++;
        }

        return shared;
    }

    /// <summary>At least two different meaningful characters (<see cref="Meaningful"/>), counted without building the set.</summary>
    public static bool HasTwoMeaningful(ReadOnlySpan<char> text)
    {
        char? first = null;
        foreach (var c in text)
        {
            if (!IsMeaningful(c)) continue;
            if (first is null) first = c;
            else if (c != first) return true;
        }

        return false;
    }

    /// <summary>Speaks, and shares a run of at least three characters with the item's name (all of a shorter name).</summary>
    public static bool Names(string item, HashSet<char> words, string clause) =>
        Speaks(words, clause) && LongestCommonRun(item, clause) >= Math.Min(3, item.Length);

    private static int LongestCommonRun(string a, string b)
    {
        // Two rows of the dynamic-programming table, reused: this runs for every deliverable item against every clause.
        var best = 0;
        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        previous.Clear();
        for (var i = 1; i <= a.Length; i++)
        {
            current.Clear();
            for (var j = 1; j <= b.Length; j++)
            {
                if (a[i - 1] != b[j - 1]) continue;
                current[j] = previous[j - 1] + 1;
                best = Math.Max(best, current[j]);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return best;
    }

    /// <summary>A quotation of at most <see cref="QuoteLength"/> characters around position <paramref name="at"/>.</summary>
    public static string Quote(string clause, int at = 0)
    {
        if (clause.Length <= QuoteLength) return clause;
        var start = Math.Clamp(at - QuoteLength / 3, 0, clause.Length - QuoteLength);
        return clause.Substring(start, QuoteLength);
    }

    /// <summary>A Han character or a letter that is not a function word (的, 和, 推进…).</summary>
    private static bool IsMeaningful(char c) => (char.IsLetter(c) || IsHan(c)) && !StatusWords.FunctionCharacters.Contains(c);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
