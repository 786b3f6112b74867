namespace Wuhu.Bulletins.Status;

/// <summary>
/// One way a word of a <see cref="WordList"/> can read at a position: a literal, or one of the few shapes the status
/// vocabulary needs beyond literals (a gap of a few characters, a word not followed by another, a word followed
/// within a stretch by another). <see cref="Match"/> returns the length read at a position, or -1.
/// </summary>
internal abstract class WordForm(string head, string? literal = null)
{
    /// <summary>Every form starts with a known word (the literal itself, or the word before its gap or condition).</summary>
    public string Head { get; } = head;

    /// <summary>The scan looks only where a form's first character stands.</summary>
    public char First => Head[0];

    /// <summary>The length read at a position, or -1; a literal is compared here, without a virtual call.</summary>
    public int Match(ReadOnlySpan<char> text, int at)
    {
        if (literal is null) return MatchShape(text, at);
        // Many words share a first character (15 start with 完): the second rules most of them out without a call
        // to compare the rest.
        if (literal.Length > 1 && (at + 1 >= text.Length || text[at + 1] != literal[1])) return -1;
        return text[at..].StartsWith(literal, StringComparison.Ordinal) ? literal.Length : -1;
    }

    protected virtual int MatchShape(ReadOnlySpan<char> text, int at) => -1;

    public static WordForm Literal(string word) => new LiteralForm(word);

    /// <summary><c>head\S{0,most}tail</c>, greedy: the farthest tail within reach.</summary>
    public static WordForm Gap(string head, int most, string tail) => new GapForm(head, most, tail);

    /// <summary><c>word(?!next)</c>.</summary>
    public static WordForm NotFollowedBy(string word, string next) => new NotFollowedByForm(word, next);

    /// <summary><c>word(?=[^stops]{0,within}?(any|of|these))</c>: the word alone, when one of the others follows it closely.</summary>
    public static WordForm FollowedWithin(string word, int within, string stops, params string[] followers) =>
        new FollowedWithinForm(word, within, stops, followers);

    /// <summary>Every literal spelling of <c>prefix(a|b|…)suffix</c>, in the regex's order of trying.</summary>
    public static IEnumerable<WordForm> Each(string prefix, string[] middles, string suffix = "") =>
        middles.Select(middle => Literal(prefix + middle + suffix));

    private sealed class LiteralForm(string word) : WordForm(word, word);

    private sealed class GapForm(string head, int most, string tail) : WordForm(head)
    {
        protected override int MatchShape(ReadOnlySpan<char> text, int at)
        {
            if (!text[at..].StartsWith(Head, StringComparison.Ordinal)) return -1;
            var gapStart = at + Head.Length;
            // \S{0,most} is greedy: the longest run of non-space characters first, then shorter ones.
            var run = 0;
            while (run < most && gapStart + run < text.Length && !char.IsWhiteSpace(text[gapStart + run])) run++;
            for (var gap = run; gap >= 0; gap--)
            {
                if (text[(gapStart + gap)..].StartsWith(tail, StringComparison.Ordinal)) return Head.Length + gap + tail.Length;
            }

            return -1;
        }
    }

    private sealed class NotFollowedByForm(string word, string next) : WordForm(word)
    {
        protected override int MatchShape(ReadOnlySpan<char> text, int at)
        {
            var rest = text[at..];
            return rest.StartsWith(Head, StringComparison.Ordinal) && !rest[Head.Length..].StartsWith(next, StringComparison.Ordinal) ? Head.Length : -1;
        }
    }

    private sealed class FollowedWithinForm(string word, int within, string stops, string[] followers) : WordForm(word)
    {
        protected override int MatchShape(ReadOnlySpan<char> text, int at)
        {
            if (!text[at..].StartsWith(Head, StringComparison.Ordinal)) return -1;
            // A follower may start right after the word or after up to `within` characters that are not stops.
            for (var from = at + Head.Length; from <= at + Head.Length + within && from <= text.Length; from++)
            {
                foreach (var follower in followers)
                {
                    if (text[from..].StartsWith(follower, StringComparison.Ordinal)) return Head.Length;
                }

                if (from == text.Length || stops.Contains(text[from])) return -1;
            }

            return -1;
        }
    }
}

/// <summary>
/// A list of words searched the way .NET reads an alternation of them: the leftmost position where any word reads,
/// and at that position the first word in list order. Built for the word lists of <see cref="StatusWords"/> that run
/// on every clause: a scan of the text for the words' first characters, then the few words that start with the
/// character found, with none of a regex's per-call setup. Each list is checked against its regex in the tests.
/// </summary>
internal sealed class WordList
{
    // The words by first character, in pages of 256 code units: a page exists only where some word starts
    // (a handful for a list of Chinese words), so looking a character up is two array reads.
    private readonly WordForm[]?[]?[] pages = new WordForm[]?[]?[256];

    public WordList(params IEnumerable<WordForm>[] groups)
    {
        // Within one first character the list order is kept: at a position, earlier words win.
        foreach (var sameFirst in groups.SelectMany(g => g).GroupBy(f => f.First))
        {
            (pages[sameFirst.Key >> 8] ??= new WordForm[]?[256])[sameFirst.Key & 0xFF] = [.. sameFirst];
        }
    }

    private WordForm[]? StartingWith(char c) => pages[c >> 8] is { } page ? page[c & 0xFF] : null;

    /// <summary>The fixed word every form of the list starts with (<see cref="WordForm.Head"/>).</summary>
    public IEnumerable<string> Heads => pages.Where(p => p is not null).SelectMany(p => p!).Where(f => f is not null).SelectMany(f => f!).Select(f => f.Head);

    /// <summary>The first match at or after <paramref name="from"/>, as <c>Regex.EnumerateMatches</c> would find it.</summary>
    public (int Index, int Length)? First(ReadOnlySpan<char> text, int from = 0)
    {
        for (var at = from; at < text.Length; at++)
        {
            var length = MatchAt(text, at);
            if (length >= 0) return (at, length);
        }

        return null;
    }

    public bool IsMatch(ReadOnlySpan<char> text) => First(text) is not null;

    /// <summary>The length of the first word (in list order) that reads at this position, or -1: <c>^(a|b|…)</c> at the start.</summary>
    public int MatchAt(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || StartingWith(text[at]) is not { } forms) return -1;
        foreach (var form in forms)
        {
            var length = form.Match(text, at);
            if (length >= 0) return length;
        }

        return -1;
    }

    /// <summary>The text without the list's matches (Regex.Replace(text, "")) written to a buffer; returns the length written.</summary>
    public int RemoveMatches(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        var from = 0;
        while (First(text, from) is { } match)
        {
            text[from..match.Index].CopyTo(destination[written..]);
            written += match.Index - from;
            from = match.Index + match.Length;
        }

        text[from..].CopyTo(destination[written..]);
        return written + text.Length - from;
    }
}

/// <summary>
/// Several word lists searched in one pass: for each list the match its <see cref="WordList.First"/> would find. A
/// clause's state needs the first match of four lists; one pass replaces four.
/// </summary>
/// <remarks>
/// Nearly every word starts with two known characters, and a pair of characters is a far rarer thing in a text than
/// one: the pass looks each pair up in a small table of the lists' first pairs (a hash with a bit per list; a
/// collision only costs a look) and asks a list only where its bit is set. The few one-character words (拟) are
/// looked for by themselves.
/// </remarks>
internal sealed class WordListSet
{
    private const int PairBits = 14;

    private readonly WordList[] lists;
    private readonly byte[] pairs = new byte[1 << PairBits];
    private readonly string singles;
    private readonly byte[] singleLists;

    public WordListSet(params WordList[] lists)
    {
        if (lists.Length > 8) throw new ArgumentException("a set holds at most 8 lists (a bit each)", nameof(lists));
        this.lists = lists;
        var singleFirst = new List<(char First, byte Lists)>();
        for (var i = 0; i < lists.Length; i++)
        {
            foreach (var head in lists[i].Heads)
            {
                if (head.Length >= 2)
                {
                    pairs[Pair(head[0], head[1])] |= (byte)(1 << i);
                    continue;
                }

                var at = singleFirst.FindIndex(s => s.First == head[0]);
                if (at < 0) singleFirst.Add((head[0], (byte)(1 << i)));
                else singleFirst[at] = (head[0], (byte)(singleFirst[at].Lists | 1 << i));
            }
        }

        singles = new string([.. singleFirst.Select(s => s.First)]);
        singleLists = [.. singleFirst.Select(s => s.Lists)];
    }

    private static int Pair(char first, char second) => (first * 31 ^ second) & ((1 << PairBits) - 1);

    /// <summary>
    /// Fills <paramref name="first"/> (one entry per list) with each list's first match in the text, or null. A
    /// match of the list at <paramref name="decisive"/> ends the search at once: the caller needs nothing else then,
    /// and the other entries are left incomplete.
    /// </summary>
    /// <returns>True when the decisive list matched.</returns>
    public bool FirstOfEach(ReadOnlySpan<char> text, Span<(int Index, int Length)?> first, int decisive)
    {
        first[..lists.Length].Clear();
        var wanted = (1 << lists.Length) - 1;
        for (var at = 0; at < text.Length && wanted != 0; at++)
        {
            var c = text[at];
            // A word of two characters or more cannot start at the last one.
            var here = at + 1 < text.Length ? pairs[Pair(c, text[at + 1])] : 0;
            for (var s = 0; s < singles.Length; s++)
            {
                if (singles[s] == c) here |= singleLists[s];
            }

            here &= wanted;
            while (here != 0)
            {
                var list = System.Numerics.BitOperations.TrailingZeroCount(here);
                here &= here - 1;
                var length = lists[list].MatchAt(text, at);
                if (length < 0) continue;
                first[list] = (at, length);
                if (list == decisive) return true;
                wanted &= ~(1 << list);
            }
        }

        return false;
    }
}
