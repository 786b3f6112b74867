using System.Buffers;
using System.Text.RegularExpressions;

namespace Wuhu.Bulletins.Status;

/// <summary>A stretch of a text by position: clauses and sentences are read in place rather than copied out.</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}

/// <summary>Clause-level pieces of Chinese text, and the comparison of a deliverable's words with a report's.</summary>
internal static partial class Clauses
{
    /// <summary>At most this many characters are quoted from the progress text as evidence.</summary>
    public const int QuoteLength = 40;

    /// <summary>An item number at the start of a piece ("1.", "二、"); read by hand in <see cref="ItemNumberLength"/>.</summary>
    [GeneratedRegex(@"^(\d{1,2}|[一二三四五六七八九十]{1,2})[.．、)）]")]
    internal static partial Regex ItemNumber();

    // Every sentence break is also a clause break, so a count of clause breaks bounds both kinds of piece.
    internal static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",，。;；\n!！?？:：");
    internal static readonly SearchValues<char> SentenceBreaks = SearchValues.Create("。;；\n!！?？");
    private static readonly SearchValues<char> FunctionCharacters = SearchValues.Create(StatusWords.FunctionCharacters);

    /// <summary>
    /// Room for this many pieces is enough for nearly every text; a text with more is split again into room for
    /// <see cref="MostPieces"/>.
    /// </summary>
    public const int UsualPieces = 32;

    /// <summary>At most how many clauses (and sentences) a text can have: one more than its clause breaks.</summary>
    public static int MostPieces(ReadOnlySpan<char> text)
    {
        var count = 1;
        for (var at = text.IndexOfAny(ClauseBreaks); at >= 0; at = text.IndexOfAny(ClauseBreaks))
        {
            count++;
            text = text[(at + 1)..];
        }

        return count;
    }

    /// <summary>
    /// Clauses of a stretch of text, item numbers ("1.", "二、") removed, empty pieces dropped; returns how many, or
    /// -1 when they do not fit.
    /// </summary>
    public static int Of(string text, TextRange within, Span<TextRange> pieces) => Split(text, within, sentences: false, pieces);

    /// <summary>Sentences (。/；/line breaks) of a text, item numbers removed; returns how many, or -1 when they do not fit.</summary>
    public static int SentencesOf(string text, Span<TextRange> pieces) => Split(text, new TextRange(0, text.Length), sentences: true, pieces);

    private static int Split(string text, TextRange within, bool sentences, Span<TextRange> pieces)
    {
        // Positions rather than substrings: this runs on every sentence of every task and progress text, and most
        // pieces are only looked at, never kept. One pass over the characters: pieces are a few characters long, too
        // short for a vectorized search to pay for its setup.
        var count = 0;
        var rest = text.AsSpan(within.Start, within.Length);
        for (var start = 0; start <= rest.Length;)
        {
            var end = start;
            while (end < rest.Length && !IsBreak(rest[end], sentences)) end++;
            var (from, to) = (start, end);
            while (from < to && IsWhiteSpace(rest[from])) from++;
            while (to > from && IsWhiteSpace(rest[to - 1])) to--;
            if (to > from)
            {
                var number = StartsLikeItemNumber(rest[from]) ? ItemNumberLength(rest[from..to]) : 0;
                if (to - from > number)
                {
                    if (count == pieces.Length) return -1;
                    pieces[count++] = new TextRange(within.Start + from + number, to - from - number);
                }
            }

            start = end + 1;
        }

        return count;
    }

    // The ASCII breaks, as bits: every one is below 64. Sentence breaks are \n ; ! ?; clause breaks add , and :.
    private const ulong AsciiSentenceBreaks = 1UL << '\n' | 1UL << ';' | 1UL << '!' | 1UL << '?';
    private const ulong AsciiClauseBreaks = AsciiSentenceBreaks | 1UL << ',' | 1UL << ':';

    /// <summary>
    /// <see cref="SentenceBreaks"/> or <see cref="ClauseBreaks"/> by hand: a Han character (nearly every character) is
    /// ruled out by two comparisons.
    /// </summary>
    internal static bool IsBreak(char c, bool sentences)
    {
        if (c < 64) return ((sentences ? AsciiSentenceBreaks : AsciiClauseBreaks) >> c & 1) != 0;
        if (c == '。') return true;
        if (c < '！') return false;
        return c is '；' or '！' or '？' || !sentences && c is '，' or '：';
    }

    // What span.Trim() trims, with the common case (a Han character or full-width punctuation, above U+3000) decided
    // without the Unicode table.
    private static bool IsWhiteSpace(char c) => c <= ' ' ? char.IsWhiteSpace(c) : c >= '\u0085' && c <= '\u3000' && char.IsWhiteSpace(c);

    // A cheap look at the first character rules out the many pieces that are not numbered items.
    private static bool StartsLikeItemNumber(char first) => char.IsAsciiDigit(first) || IsNumeral(first);

    private static bool IsNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    /// <summary>
    /// The length of the item number <see cref="ItemNumber"/> reads at the start of a piece that starts like one, or 0:
    /// one or two digits (or numerals) and a mark. By hand because it is asked of every piece that starts with a digit.
    /// </summary>
    internal static int ItemNumberLength(ReadOnlySpan<char> piece)
    {
        // \d is any Unicode decimal digit, as char.IsDigit; giving the second character back never helps, as it is no mark.
        var digits = char.IsDigit(piece[0]);
        if (!digits && !IsNumeral(piece[0])) return 0;
        var run = piece.Length > 1 && (digits ? char.IsDigit(piece[1]) : IsNumeral(piece[1])) ? 2 : 1;
        return run < piece.Length && ".．、)）".Contains(piece[run]) ? run + 1 : 0;
    }

    /// <summary>
    /// The distinct meaningful characters of a phrase (Han characters and Latin letters, minus function words), in
    /// order of first appearance, written into <paramref name="distinct"/> (at least as long as the text); returns
    /// how many. The callers only count and test them, so they never become a string.
    /// </summary>
    public static int Meaningful(ReadOnlySpan<char> text, Span<char> distinct)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsMeaningful(c) && !distinct[..count].Contains(c)) distinct[count++] = c;
        }

        return count;
    }

    /// <summary>
    /// True when a report clause speaks of this deliverable: it holds at least 60% of the deliverable's meaningful
    /// characters, and at least three of them (all of them when the deliverable is shorter). Character overlap
    /// rather than exact substrings because reports reword names ("市综合服务平台" → "市工业互联网综合服务平台").
    /// </summary>
    public static bool Speaks(ReadOnlySpan<char> deliverable, ReadOnlySpan<char> clause)
    {
        if (deliverable.Length == 0) return false;
        var shared = SharedCount(deliverable, clause);
        return shared >= Math.Min(3, deliverable.Length) && shared >= deliverable.Length * 0.6;
    }

    /// <summary>How many of the (distinct) characters occur in the text.</summary>
    public static int SharedCount(ReadOnlySpan<char> characters, ReadOnlySpan<char> text)
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
    public static bool Names(ReadOnlySpan<char> item, ReadOnlySpan<char> words, ReadOnlySpan<char> clause) =>
        Speaks(words, clause) && LongestCommonRun(item, clause) >= Math.Min(3, item.Length);

    private static int LongestCommonRun(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
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
    public static string Quote(string clause, int at = 0) =>
        clause.Length <= QuoteLength ? clause : Quote(clause.AsSpan(), at);

    /// <summary>The same quotation of a stretch of text: the only copy made of it is the quotation itself.</summary>
    public static string Quote(ReadOnlySpan<char> clause, int at = 0)
    {
        if (clause.Length <= QuoteLength) return clause.ToString();
        var start = Math.Clamp(at - QuoteLength / 3, 0, clause.Length - QuoteLength);
        return clause.Slice(start, QuoteLength).ToString();
    }

    /// <summary>A Han character or a letter that is not a function word (的, 和, 推进…).</summary>
    private static bool IsMeaningful(char c) => (char.IsLetter(c) || IsHan(c)) && !FunctionCharacters.Contains(c);

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
