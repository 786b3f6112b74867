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
/// subject of its own. A handle (the reading and the clause's place in it) rather than an object: a text's clauses
/// are kept in the reading's reusable table, and only a quotation, when one becomes evidence, is ever copied out.
/// </summary>
internal readonly struct ReadClause(ProgressReading reading, int index)
{
    public ReadOnlySpan<char> Text => reading.Facts(index).Text.Of(reading.Text);
    public TextRange SentenceRange => reading.Facts(index).Sentence;
    public int Length => reading.Facts(index).Text.Length;
    public ClauseState State => reading.Facts(index).State;
    public int PhraseAt => reading.Facts(index).PhraseAt;

    /// <summary>True when the clause has no subject of its own ("已完成。", "正稳步推进中"): it speaks of the task as a whole.</summary>
    public bool Generic => reading.IsGeneric(index);

    public string Quote => Clauses.Quote(Text, PhraseAt);
}

/// <summary>What <see cref="ProgressReading"/> knows of one clause: positions in the progress text and its state.</summary>
internal struct ClauseFacts
{
    public TextRange Text;
    public TextRange Sentence;
    public ClauseState State;
    public int PhraseAt;
    public int PhraseLength;

    /// <summary>
    /// Whether the clause is generic, worked out on first use: it is asked of few clauses (most rules ask it only of
    /// a result or of work underway) and costs several regex passes. 0 not yet known, 1 no, 2 yes.
    /// </summary>
    public byte Generic;
}

/// <summary>The clauses of a reading, in order, as <see cref="ReadClause"/> handles (a struct list: nothing allocated).</summary>
internal readonly struct ClauseList(ProgressReading reading, int count)
{
    public int Count => count;
    public ReadClause this[int index] => (uint)index < (uint)count ? new ReadClause(reading, index) : throw new IndexOutOfRangeException();
    public Enumerator GetEnumerator() => new(reading, count);

    public struct Enumerator(ProgressReading reading, int count)
    {
        private int index = -1;
        public readonly ReadClause Current => new(reading, index);
        public bool MoveNext() => ++index < count;
    }
}

/// <summary>
/// The progress text read clause by clause: what was done, what is underway, what fell short. One reading is kept per
/// thread and loaded with each task's text in turn (<see cref="Load"/>): its tables are reused, so reading a task
/// allocates nothing. Nothing of it outlives the judgement of its task.
/// </summary>
internal sealed class ProgressReading
{
    private TextRange[] sentences = new TextRange[Clauses.UsualPieces];
    private int sentenceCount;
    // The text's clauses, then any whole sentences read for BestAbout (a sentence that names an item no clause does).
    private ClauseFacts[] facts = new ClauseFacts[Clauses.UsualPieces];
    private int clauseCount;
    private int factCount;
    // Per sentence, where a partial-year phrase starts (-1: none, int.MinValue: not yet looked at); filled on first use
    // (full-year target checks and the partialYearOnly rule ask).
    private int[] partialYearAt = new int[Clauses.UsualPieces];
    private bool partialYearCleared;

    public string Text { get; private set; } = "";
    public int SentenceCount => sentenceCount;
    public ReadOnlySpan<char> Sentence(int index) => sentences[index].Of(Text);
    public ClauseList All => new(this, clauseCount);

    internal ref readonly ClauseFacts Facts(int index) => ref facts[index];

    /// <summary>A fresh reading of one text (the judge reuses one per thread through <see cref="Load"/>).</summary>
    public static ProgressReading Read(string progress) => new ProgressReading().Load(progress);

    /// <summary>Reads a (compacted) progress text into this reading, replacing the previous one.</summary>
    public ProgressReading Load(string progress)
    {
        Text = progress;
        partialYearCleared = false;
        // Sentences first, then the clauses of each, all as positions in the progress text. The tables grow (and stay
        // grown) for a text with more pieces than they hold.
        sentenceCount = Clauses.SentencesOf(progress, sentences);
        if (sentenceCount < 0)
        {
            sentences = new TextRange[Clauses.MostPieces(progress)];
            sentenceCount = Clauses.SentencesOf(progress, sentences);
        }

        Span<TextRange> ranges = stackalloc TextRange[Clauses.UsualPieces];
        clauseCount = 0;
        for (var s = 0; s < sentenceCount; s++)
        {
            var found = Clauses.Of(progress, sentences[s], ranges);
            if (found < 0)
            {
                ranges = new TextRange[Clauses.MostPieces(sentences[s].Of(progress))];
                found = Clauses.Of(progress, sentences[s], ranges);
            }

            EnsureFacts(clauseCount + found);
            for (var i = 0; i < found; i++) facts[clauseCount++] = ReadOne(progress, ranges[i], sentences[s]);
        }

        factCount = clauseCount;
        return this;
    }

    /// <summary>Lets go of the text (the thread's reading keeps no parse alive).</summary>
    public void Forget()
    {
        Text = "";
        sentenceCount = clauseCount = factCount = 0;
    }

    private void EnsureFacts(int count)
    {
        if (count > facts.Length) Array.Resize(ref facts, Math.Max(count, facts.Length * 2));
    }

    /// <summary>True when the clause has no subject of its own; worked out once per clause.</summary>
    internal bool IsGeneric(int index)
    {
        ref var clause = ref facts[index];
        if (clause.Generic == 0) clause.Generic = IsGeneric(clause.Text.Of(Text), clause.State, clause.PhraseAt, clause.PhraseLength) ? (byte)2 : (byte)1;
        return clause.Generic == 2;
    }

    /// <summary>True when the text reports something concrete: an action, a result, a figure or named work underway.</summary>
    public bool ReportsActions
    {
        get
        {
            if (FirstAction is not null) return true;
            var specific = 0;
            foreach (var clause in All)
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
            foreach (var clause in All)
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
            for (var s = 0; s < sentenceCount; s++)
            {
                if (PartialYearAt(s) >= 0) return true;
            }

            return false;
        }
    }

    /// <summary>Where the sentence dates a figure to part of the year ("前三季度…"), or -1.</summary>
    public int PartialYearAt(int sentence)
    {
        if (!partialYearCleared)
        {
            if (partialYearAt.Length < sentenceCount) partialYearAt = new int[sentences.Length];
            partialYearAt.AsSpan(0, sentenceCount).Fill(int.MinValue);
            partialYearCleared = true;
        }

        if (partialYearAt[sentence] == int.MinValue)
        {
            partialYearAt[sentence] = -1;
            // Every partial-year phrase holds 季 or 半, or a digit and 月 ("1-9月", "截至9月"): most sentences are ruled
            // out without the regex ("按月调度" among them).
            if (MayDatePartOfYear(Sentence(sentence)))
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

    private static readonly System.Buffers.SearchValues<char> PartialYearMarks = System.Buffers.SearchValues.Create("季半");

    private static bool MayDatePartOfYear(ReadOnlySpan<char> sentence)
    {
        if (sentence.ContainsAny(PartialYearMarks)) return true;
        for (var at = sentence.IndexOf('月'); at >= 0; at = sentence[(at + 1)..].IndexOf('月') is var next and >= 0 ? at + 1 + next : -1)
        {
            if (at > 0 && char.IsAsciiDigit(sentence[at - 1])) return true;
        }

        return false;
    }

    /// <summary>What the text says of a deliverable item: a result beats work underway, which beats a bare action or a mention.</summary>
    /// <remarks>
    /// The clauses that name the item are ranked and the first best one kept; when no single clause names it, whole
    /// sentences that do are read instead (each distinct sentence once).
    /// </remarks>
    public ReadClause? BestAbout(ReadOnlySpan<char> item, ReadOnlySpan<char> words)
    {
        var best = -1;
        for (var i = 0; i < clauseCount; i++)
        {
            if (Clauses.Names(item, words, facts[i].Text.Of(Text)) && (best < 0 || Rank(facts[i].State) < Rank(facts[best].State))) best = i;
        }

        if (best >= 0) return new ReadClause(this, best);
        ClauseFacts bestSentence = default;
        var found = false;
        for (var s = 0; s < sentenceCount; s++)
        {
            // Only sentences that hold a clause, and the first of equal texts: as the list of distinct sentences did.
            if (!HasClause(s) || RepeatsEarlierSentence(s) || !Clauses.Names(item, words, Sentence(s))) continue;
            var clause = ReadOne(Text, sentences[s], sentences[s]);
            if (!found || Rank(clause.State) < Rank(bestSentence.State)) (bestSentence, found) = (clause, true);
        }

        return found ? new ReadClause(this, AddSentence(bestSentence)) : null;
    }

    /// <summary>Keeps a whole sentence read as a clause after the text's clauses (once per sentence); returns its place.</summary>
    private int AddSentence(ClauseFacts sentence)
    {
        for (var i = clauseCount; i < factCount; i++)
        {
            if (facts[i].Text == sentence.Text) return i;
        }

        EnsureFacts(factCount + 1);
        facts[factCount] = sentence;
        return factCount++;
    }

    private bool HasClause(int sentence)
    {
        // A sentence of nothing but breaks (":") has no clause.
        for (var i = 0; i < clauseCount; i++)
        {
            if (facts[i].Sentence == sentences[sentence]) return true;
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
    public static bool SpeaksOfMeasure(ReadOnlySpan<char> words, ReadClause clause) =>
        Clauses.SharedCount(words, clause.Text) >= Math.Min(3, words.Length);

    /// <summary>The first clause with no subject of its own ("已完成。", "正稳步推进中") in this state: it speaks of the task as a whole.</summary>
    public ReadClause? WholeTask(ClauseState state)
    {
        foreach (var clause in All)
        {
            if (clause.State == state && clause.Generic) return clause;
        }

        return null;
    }

    /// <summary>Framing words ("截至2023年底,全市已…") never run longer than this around a generic result.</summary>
    private const int LongestGenericClause = 24;

    private static ClauseFacts ReadOne(string source, TextRange range, TextRange sentence)
    {
        // Word lists rather than regexes and span buffers below: this runs on every clause of every progress text.
        var clause = range.Of(source);
        // The four lists in one pass (StatusWords.ClauseStateWords): shortfall, underway, result, action.
        Span<(int Index, int Length)?> first = stackalloc (int, int)?[4];
        if (StatusWords.ClauseStateWords.FirstOfEach(clause, first, decisive: 0) && first[0] is { } shortfall)
        {
            return Make(ClauseState.Shortfall, shortfall.Index, shortfall.Length);
        }

        var underway = first[1];
        var done = first[2];
        // The last word decides "加快建设并于秋季顺利开学" (done) against "积极推进…项目开工建设" (still underway).
        if (done is { } d && (underway is not { } u || (d.Index > u.Index
                && StatusWords.ResultConnectorWords.IsMatch(clause.Slice(u.Index, d.Index - u.Index)))))
        {
            return Make(ClauseState.Done, d.Index, d.Length);
        }

        if (underway is { } under) return Make(ClauseState.Underway, under.Index, under.Length);
        if (done is { } result) return Make(ClauseState.Done, result.Index, result.Length);
        if (first[3] is { } action) return Make(ClauseState.Acted, action.Index, action.Length);
        return Make(ClauseState.Mention, 0, 0);

        ClauseFacts Make(ClauseState state, int at, int length) =>
            new() { Text = range, Sentence = sentence, State = state, PhraseAt = at, PhraseLength = length };
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
