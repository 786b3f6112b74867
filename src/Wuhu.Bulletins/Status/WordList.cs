namespace Wuhu.Bulletins.Status;

/// <summary>
/// One way a word of a <see cref="WordList"/> can read at a position: a literal, or one of the few shapes the status
/// vocabulary needs beyond literals (a gap of a few characters, a word not followed by another, a word followed
/// within a stretch by another). <see cref="Match"/> returns the length read at a position, or -1.
/// </summary>
internal abstract class WordForm(char first, string? literal = null)
{
    /// <summary>Every form starts with a known character: the scan looks only where one of these stands.</summary>
    public char First { get; } = first;

    /// <summary>The length read at a position, or -1; a literal is compared here, without a virtual call.</summary>
    public int Match(ReadOnlySpan<char> text, int at) => literal is null ? MatchShape(text, at)
        : text[at..].StartsWith(literal, StringComparison.Ordinal) ? literal.Length : -1;

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

    private sealed class LiteralForm(string word) : WordForm(word[0], word);

    private sealed class GapForm(string head, int most, string tail) : WordForm(head[0])
    {
        protected override int MatchShape(ReadOnlySpan<char> text, int at)
        {
            if (!text[at..].StartsWith(head, StringComparison.Ordinal)) return -1;
            var gapStart = at + head.Length;
            // \S{0,most} is greedy: the longest run of non-space characters first, then shorter ones.
            var run = 0;
            while (run < most && gapStart + run < text.Length && !char.IsWhiteSpace(text[gapStart + run])) run++;
            for (var gap = run; gap >= 0; gap--)
            {
                if (text[(gapStart + gap)..].StartsWith(tail, StringComparison.Ordinal)) return head.Length + gap + tail.Length;
            }

            return -1;
        }
    }

    private sealed class NotFollowedByForm(string word, string next) : WordForm(word[0])
    {
        protected override int MatchShape(ReadOnlySpan<char> text, int at)
        {
            var rest = text[at..];
            return rest.StartsWith(word, StringComparison.Ordinal) && !rest[word.Length..].StartsWith(next, StringComparison.Ordinal) ? word.Length : -1;
        }
    }

    private sealed class FollowedWithinForm(string word, int within, string stops, string[] followers) : WordForm(word[0])
    {
        protected override int MatchShape(ReadOnlySpan<char> text, int at)
        {
            if (!text[at..].StartsWith(word, StringComparison.Ordinal)) return -1;
            // A follower may start right after the word or after up to `within` characters that are not stops.
            for (var from = at + word.Length; from <= at + word.Length + within && from <= text.Length; from++)
            {
                foreach (var follower in followers)
                {
                    if (text[from..].StartsWith(follower, StringComparison.Ordinal)) return word.Length;
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

    /// <summary>The first match at or after <paramref name="from"/>, as <c>Regex.EnumerateMatches</c> would find it.</summary>
    public (int Index, int Length)? First(ReadOnlySpan<char> text, int from = 0)
    {
        for (var at = from; at < text.Length; at++)
        {
            if (StartingWith(text[at]) is not { } forms) continue;
            foreach (var form in forms)
            {
                var length = form.Match(text, at);
                if (length >= 0) return (at, length);
            }
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
