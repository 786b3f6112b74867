using System.Text.RegularExpressions;

namespace Wuhu.Bulletins.Status;

/// <summary>What one clause of a progress text says about the work it names.</summary>
internal enum ClauseState
{
    /// <summary>Names the work without saying how far it got ("大赛…已吸引769支团队报名").</summary>
    Mention,
    /// <summary>A bare action verb: something was done ("印发《…》", "举办…"), not necessarily the whole of it.</summary>
    Acted,
    /// <summary>Work still underway ("正在", "有序推进", "积极推进…开工").</summary>
    Underway,
    /// <summary>A result: finished, opened, issued, achieved.</summary>
    Done,
    /// <summary>Not achieved, late or behind.</summary>
    Shortfall,
}

/// <summary>One clause of the progress text with its state, the phrase that decided it and its subject.</summary>
internal sealed record ReadClause(string Text, string Sentence, ClauseState State, string Phrase, int PhraseAt, bool Generic)
{
    public string Quote => Clauses.Quote(Text, PhraseAt);
}

/// <summary>The progress text read clause by clause: what was done, what is underway, what fell short.</summary>
internal sealed class ProgressReading
{
    private ProgressReading(string text, List<string> sentences, List<ReadClause> clauses)
    {
        Text = text;
        Sentences = sentences;
        All = clauses;
    }

    public string Text { get; }
    public IReadOnlyList<string> Sentences { get; }
    public IReadOnlyList<ReadClause> All { get; }

    /// <summary>True when the text reports something concrete: an action, a result, a figure or named work underway.</summary>
    public bool ReportsActions => FirstAction is not null
        || All.Count(c => !c.Generic && c.Text.Length >= 8) >= 2;

    /// <summary>The first clause that reports something concrete: an action, a result, named work underway or a figure.</summary>
    public ReadClause? FirstAction => All.FirstOrDefault(c => !c.Generic && (c.State is not ClauseState.Mention || c.Text.Any(char.IsAsciiDigit)));

    public static ProgressReading Read(string progress)
    {
        var clauses = new List<ReadClause>();
        var sentences = Clauses.SentencesOf(progress);
        foreach (var sentence in sentences)
        {
            foreach (var clause in Clauses.Of(sentence))
            {
                clauses.Add(ReadOne(clause, sentence));
            }
        }

        return new ProgressReading(progress, sentences, clauses);
    }

    /// <summary>The clauses that speak of a deliverable item; whole sentences when no single clause does.</summary>
    public IEnumerable<ReadClause> About(string item, HashSet<char> words)
    {
        var clauses = All.Where(c => Clauses.Names(item, words, c.Text)).ToList();
        if (clauses.Count > 0) return clauses;
        var sentences = new List<string>();
        foreach (var clause in All)
        {
            if (!sentences.Contains(clause.Sentence) && Clauses.Names(item, words, clause.Sentence)) sentences.Add(clause.Sentence);
        }

        return sentences.Select(sentence => ReadOne(sentence, sentence));
    }

    /// <summary>Clauses sharing at least three meaningful characters with a target's measure (looser: the measure is often reworded).</summary>
    public IEnumerable<ReadClause> AboutMeasure(HashSet<char> words) =>
        All.Where(c => Clauses.SharedCount(words, c.Text) >= Math.Min(3, words.Count));

    /// <summary>Clauses with no subject of their own ("已完成。", "正稳步推进中"): they speak of the task as a whole.</summary>
    public IEnumerable<ReadClause> WholeTask => All.Where(c => c.Generic);

    /// <summary>Framing words ("截至2023年底,全市已…") never run longer than this around a generic result.</summary>
    private const int LongestGenericClause = 24;

    private static ReadClause ReadOne(string clause, string sentence)
    {
        // ValueMatch (no Match objects) and span buffers below: this runs on every clause of every progress text.
        if (First(StatusWords.Shortfall(), clause) is { } shortfall)
        {
            return Make(ClauseState.Shortfall, shortfall.Index, shortfall.Length);
        }

        var underway = First(StatusWords.Underway(), clause);
        var done = First(StatusWords.StrongDone(), clause);
        // The last word decides "加快建设并于秋季顺利开学" (done) against "积极推进…项目开工建设" (still underway).
        if (done is { } d && (underway is not { } u || (d.Index > u.Index
                && StatusWords.ResultConnector().IsMatch(clause.AsSpan(u.Index, d.Index - u.Index)))))
        {
            return Make(ClauseState.Done, d.Index, d.Length);
        }

        if (underway is { } under) return Make(ClauseState.Underway, under.Index, under.Length);
        if (done is { } result) return Make(ClauseState.Done, result.Index, result.Length);
        if (First(StatusWords.Action(), clause) is { } action) return Make(ClauseState.Acted, action.Index, action.Length);
        return Make(ClauseState.Mention, 0, 0);

        ReadClause Make(ClauseState state, int at, int length)
        {
            var phrase = clause.Substring(at, length);
            // A mention is never generic; far more words than the phrase: the clause names its own subject; a figure or a
            // continuation ("并…") ties it to a subject. The cheap tests first: the subject's regex passes are the cost.
            if (state == ClauseState.Mention || clause.Length - length > LongestGenericClause || StatusWords.Continuation().IsMatch(clause))
            {
                return new ReadClause(clause, sentence, state, phrase, at, Generic: false);
            }

            Span<char> buffer = stackalloc char[clause.Length];
            Span<char> other = stackalloc char[clause.Length];
            var figures = clause.AsSpan().ContainsAnyInRange('0', '9')
                && other[..RemoveMatches(StatusWords.Dates(), clause, other)].ContainsAnyInRange('0', '9');
            if (figures) return new ReadClause(clause, sentence, state, phrase, at, Generic: false);

            clause.AsSpan(0, at).CopyTo(other);
            clause.AsSpan(at + length).CopyTo(other[at..]);
            var subject = buffer[..RemoveMatches(StatusWords.FramingWords(), other[..(clause.Length - length)], buffer)];
            if (subject.Length >= 2)
            {
                var withoutDone = RemoveMatches(StatusWords.StrongDone(), subject, other);
                subject = buffer[..RemoveMatches(StatusWords.Underway(), other[..withoutDone], buffer)];
            }

            var generic = subject.Length < 2 || StatusWords.GenericSubject().IsMatch(subject);
            return new ReadClause(clause, sentence, state, phrase, at, generic);
        }
    }

    private static (int Index, int Length)? First(Regex pattern, string text)
    {
        foreach (var match in pattern.EnumerateMatches(text)) return (match.Index, match.Length);
        return null;
    }

    /// <summary>Regex.Replace(text, "") into a buffer: the text without the pattern's matches; returns the length written.</summary>
    private static int RemoveMatches(Regex pattern, ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        var from = 0;
        foreach (var match in pattern.EnumerateMatches(text))
        {
            text[from..match.Index].CopyTo(destination[written..]);
            written += match.Index - from;
            from = match.Index + match.Length;
        }

        text[from..].CopyTo(destination[written..]);
        return written + text.Length - from;
    }
}
