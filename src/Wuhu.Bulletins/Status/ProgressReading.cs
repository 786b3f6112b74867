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

/// <summary>
/// One clause of the progress text with its state, where the phrase that decided it stands, and whether it has a
/// subject of its own. It points into the progress text rather than copying it: only a quotation, when one becomes
/// evidence, is ever copied out.
/// </summary>
internal sealed class ReadClause(string source, TextRange text, TextRange sentence, ClauseState state, int phraseAt, int phraseLength)
{
    // Whether the clause is generic is asked of few clauses (most rules ask it only of a result or of work underway)
    // and costs several regex passes: it is worked out on first use.
    private bool? generic;

    public ReadOnlySpan<char> Text => text.Of(source);
    public ReadOnlySpan<char> Sentence => sentence.Of(source);
    public TextRange SentenceRange => sentence;
    public int Length => text.Length;
    public ClauseState State => state;
    public int PhraseAt => phraseAt;

    /// <summary>True when the clause has no subject of its own ("已完成。", "正稳步推进中"): it speaks of the task as a whole.</summary>
    public bool Generic => generic ??= ProgressReading.IsGeneric(Text, state, phraseAt, phraseLength);

    public string Quote => Clauses.Quote(Text, PhraseAt);
}

/// <summary>The progress text read clause by clause: what was done, what is underway, what fell short.</summary>
internal sealed class ProgressReading
{
    private readonly TextRange[] sentences;
    private readonly ReadClause[] clauses;
    // Per sentence, where a partial-year phrase starts (-1: none); filled on first use by the two rules that ask.
    private int[]? partialYearAt;

    private ProgressReading(string text, TextRange[] sentences, ReadClause[] clauses)
    {
        Text = text;
        this.sentences = sentences;
        this.clauses = clauses;
    }

    public string Text { get; }
    public int SentenceCount => sentences.Length;
    public ReadOnlySpan<char> Sentence(int index) => sentences[index].Of(Text);
    public ReadOnlySpan<ReadClause> All => clauses;

    /// <summary>True when the text reports something concrete: an action, a result, a figure or named work underway.</summary>
    public bool ReportsActions
    {
        get
        {
            if (FirstAction is not null) return true;
            var specific = 0;
            foreach (var clause in clauses)
            {
                if (clause.Length >= 8 && !clause.Generic) specific++;
            }

            return specific >= 2;
        }
    }

    /// <summary>The first clause that reports something concrete: an action, a result, named work underway or a figure.</summary>
    public ReadClause? FirstAction
    {
        get
        {
            foreach (var clause in clauses)
            {
                if ((clause.State is not ClauseState.Mention || clause.Text.ContainsAnyInRange('0', '9')) && !clause.Generic) return clause;
            }

            return null;
        }
    }

    /// <summary>True when some sentence dates a figure to part of the year ("前三季度…").</summary>
    public bool AnyPartialYear
    {
        get
        {
            for (var s = 0; s < sentences.Length; s++)
            {
                if (PartialYearAt(s) >= 0) return true;
            }

            return false;
        }
    }

    /// <summary>Where the sentence dates a figure to part of the year ("前三季度…"), or -1.</summary>
    public int PartialYearAt(int sentence)
    {
        if (partialYearAt is null)
        {
            partialYearAt = new int[sentences.Length];
            Array.Fill(partialYearAt, int.MinValue);
        }

        if (partialYearAt[sentence] == int.MinValue)
        {
            partialYearAt[sentence] = -1;
            // Every partial-year phrase holds 季, 月 or 半: most sentences are ruled out without the regex.
            if (Sentence(sentence).ContainsAny(PartialYearMarks))
            {
                foreach (var match in StatusWords.PartialYear().EnumerateMatches(Sentence(sentence)))
                {
                    partialYearAt[sentence] = match.Index;
                    break;
                }
            }
        }

        return partialYearAt[sentence];
    }

    private static readonly System.Buffers.SearchValues<char> PartialYearMarks = System.Buffers.SearchValues.Create("季月半");

    public static ProgressReading Read(string progress)
    {
        Span<TextRange> sentences = stackalloc TextRange[Clauses.UsualPieces];
        Span<TextRange> clauses = stackalloc TextRange[Clauses.UsualPieces];
        Span<int> clauseSentences = stackalloc int[Clauses.UsualPieces];
        if (TryRead(progress, sentences, clauses, clauseSentences) is { } read) return read;
        var most = Clauses.MostPieces(progress);
        return TryRead(progress, new TextRange[most], new TextRange[most], new int[most])!;
    }

    private static ProgressReading? TryRead(string progress, Span<TextRange> sentences, Span<TextRange> clauseRanges, Span<int> clauseSentences)
    {
        // Sentences first, then the clauses of each, all as positions in the progress text.
        var sentenceCount = Clauses.SentencesOf(progress, sentences);
        if (sentenceCount < 0) return null;
        var clauseCount = 0;
        for (var s = 0; s < sentenceCount; s++)
        {
            var found = Clauses.Of(progress, sentences[s], clauseRanges[clauseCount..]);
            if (found < 0) return null;
            clauseSentences.Slice(clauseCount, found).Fill(s);
            clauseCount += found;
        }

        var read = new ReadClause[clauseCount];
        for (var i = 0; i < clauseCount; i++)
        {
            read[i] = ReadOne(progress, clauseRanges[i], sentences[clauseSentences[i]]);
        }

        return new ProgressReading(progress, sentences[..sentenceCount].ToArray(), read);
    }

    /// <summary>What the text says of a deliverable item: a result beats work underway, which beats a bare action or a mention.</summary>
    /// <remarks>
    /// The clauses that name the item are ranked and the first best one kept; when no single clause names it, whole
    /// sentences that do are read instead (each distinct sentence once).
    /// </remarks>
    public ReadClause? BestAbout(string item, string words)
    {
        ReadClause? best = null;
        foreach (var clause in clauses)
        {
            if (Clauses.Names(item, words, clause.Text) && (best is null || Rank(clause.State) < Rank(best.State))) best = clause;
        }

        if (best is not null) return best;
        for (var s = 0; s < sentences.Length; s++)
        {
            // Only sentences that hold a clause, and the first of equal texts: as the list of distinct sentences did.
            if (!HasClause(s) || RepeatsEarlierSentence(s) || !Clauses.Names(item, words, Sentence(s))) continue;
            var clause = ReadOne(Text, sentences[s], sentences[s]);
            if (best is null || Rank(clause.State) < Rank(best.State)) best = clause;
        }

        return best;
    }

    private bool HasClause(int sentence)
    {
        // A sentence of nothing but breaks (":") has no clause.
        foreach (var clause in clauses)
        {
            if (clause.SentenceRange == sentences[sentence]) return true;
        }

        return false;
    }

    private bool RepeatsEarlierSentence(int sentence)
    {
        for (var earlier = 0; earlier < sentence; earlier++)
        {
            if (HasClause(earlier) && Sentence(earlier).SequenceEqual(Sentence(sentence))) return true;
        }

        return false;
    }

    private static int Rank(ClauseState state) => state switch
    {
        ClauseState.Shortfall => 0,
        ClauseState.Done => 1,
        ClauseState.Underway => 2,
        ClauseState.Acted => 3,
        _ => 4,
    };

    /// <summary>True when a clause shares at least three meaningful characters with a target's measure (all of a shorter one).</summary>
    /// <remarks>Looser than an item's test: the measure is often reworded.</remarks>
    public static bool SpeaksOfMeasure(string words, ReadClause clause) =>
        Clauses.SharedCount(words, clause.Text) >= Math.Min(3, words.Length);

    /// <summary>The first clause with no subject of its own ("已完成。", "正稳步推进中") in this state: it speaks of the task as a whole.</summary>
    public ReadClause? WholeTask(ClauseState state)
    {
        foreach (var clause in clauses)
        {
            if (clause.State == state && clause.Generic) return clause;
        }

        return null;
    }

    /// <summary>Framing words ("截至2023年底,全市已…") never run longer than this around a generic result.</summary>
    private const int LongestGenericClause = 24;

    private static ReadClause ReadOne(string source, TextRange range, TextRange sentence)
    {
        // Word lists rather than regexes and span buffers below: this runs on every clause of every progress text.
        var clause = range.Of(source);
        if (StatusWords.ShortfallWords.First(clause) is { } shortfall)
        {
            return Make(ClauseState.Shortfall, shortfall.Index, shortfall.Length);
        }

        var underway = StatusWords.UnderwayWords.First(clause);
        var done = StatusWords.StrongDoneWords.First(clause);
        // The last word decides "加快建设并于秋季顺利开学" (done) against "积极推进…项目开工建设" (still underway).
        if (done is { } d && (underway is not { } u || (d.Index > u.Index
                && StatusWords.ResultConnectorWords.IsMatch(clause.Slice(u.Index, d.Index - u.Index)))))
        {
            return Make(ClauseState.Done, d.Index, d.Length);
        }

        if (underway is { } under) return Make(ClauseState.Underway, under.Index, under.Length);
        if (done is { } result) return Make(ClauseState.Done, result.Index, result.Length);
        if (StatusWords.ActionWords.First(clause) is { } action) return Make(ClauseState.Acted, action.Index, action.Length);
        return Make(ClauseState.Mention, 0, 0);

        ReadClause Make(ClauseState state, int at, int length) => new(source, range, sentence, state, at, length);
    }

    /// <summary>
    /// True when a clause that reports a state has no subject of its own: once dates, framing words and the state
    /// words are taken out, nothing (or only "任务", "各项工作") is left.
    /// </summary>
    internal static bool IsGeneric(ReadOnlySpan<char> clause, ClauseState state, int at, int length)
    {
        // A mention is never generic; far more words than the phrase: the clause names its own subject; a figure or a
        // continuation ("并…") ties it to a subject. The cheap tests first: the subject's regex passes are the cost.
        if (state == ClauseState.Mention || clause.Length - length > LongestGenericClause || StartsAsContinuation(clause)) return false;

        Span<char> buffer = stackalloc char[clause.Length];
        Span<char> other = stackalloc char[clause.Length];
        var figures = clause.ContainsAnyInRange('0', '9')
            && other[..RemoveMatches(StatusWords.Dates(), clause, other)].ContainsAnyInRange('0', '9');
        if (figures) return false;

        clause[..at].CopyTo(other);
        clause[(at + length)..].CopyTo(other[at..]);
        var subject = buffer[..RemoveMatches(StatusWords.FramingWords(), other[..(clause.Length - length)], buffer)];
        if (subject.Length >= 2)
        {
            var withoutDone = StatusWords.StrongDoneWords.RemoveMatches(subject, other);
            subject = buffer[..StatusWords.UnderwayWords.RemoveMatches(other[..withoutDone], buffer)];
        }

        return subject.Length < 2 || CouldNameWholeTask(subject) && StatusWords.GenericSubject().IsMatch(subject);
    }

    // Every generic subject ends in 任务 or 工作, or is 各项, 全部 or 相关: anything else is ruled out without the regex.
    private static bool CouldNameWholeTask(ReadOnlySpan<char> subject) =>
        subject.EndsWith("任务", StringComparison.Ordinal) || subject.EndsWith("工作", StringComparison.Ordinal)
        || subject.SequenceEqual("各项") || subject.SequenceEqual("全部") || subject.SequenceEqual("相关");

    // The continuation words all start with one of these characters: most clauses are ruled out without the regex.
    private static bool StartsAsContinuation(ReadOnlySpan<char> clause) =>
        clause.Length > 0 && "并且同还也又另".Contains(clause[0]) && StatusWords.Continuation().IsMatch(clause);

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
