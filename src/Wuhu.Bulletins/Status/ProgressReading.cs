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
        return All.GroupBy(c => c.Sentence)
            .Where(g => Clauses.Names(item, words, g.Key))
            .Select(g => ReadOne(g.Key, g.Key));
    }

    /// <summary>Clauses sharing at least three meaningful characters with a target's measure (looser: the measure is often reworded).</summary>
    public IEnumerable<ReadClause> AboutMeasure(HashSet<char> words) =>
        All.Where(c => words.Count(c.Text.Contains) >= Math.Min(3, words.Count));

    /// <summary>Clauses with no subject of their own ("已完成。", "正稳步推进中"): they speak of the task as a whole.</summary>
    public IEnumerable<ReadClause> WholeTask => All.Where(c => c.Generic);

    /// <summary>Framing words ("截至2023年底,全市已…") never run longer than this around a generic result.</summary>
    private const int LongestGenericClause = 24;

    private static ReadClause ReadOne(string clause, string sentence)
    {
        if (StatusWords.Shortfall().Match(clause) is { Success: true } shortfall)
        {
            return Make(ClauseState.Shortfall, shortfall.Value, shortfall.Index);
        }

        var underway = StatusWords.Underway().Match(clause);
        var done = StatusWords.StrongDone().Match(clause);
        // The last word decides "加快建设并于秋季顺利开学" (done) against "积极推进…项目开工建设" (still underway).
        if (done.Success && (!underway.Success || (done.Index > underway.Index
                && StatusWords.ResultConnector().IsMatch(clause[underway.Index..done.Index]))))
        {
            return Make(ClauseState.Done, done.Value, done.Index);
        }

        if (underway.Success) return Make(ClauseState.Underway, underway.Value, underway.Index);
        if (done.Success) return Make(ClauseState.Done, done.Value, done.Index);
        if (StatusWords.Action().Match(clause) is { Success: true } action) return Make(ClauseState.Acted, action.Value, action.Index);
        return Make(ClauseState.Mention, "", 0);

        ReadClause Make(ClauseState state, string phrase, int at)
        {
            // Far more words than the phrase: the clause names its own subject (and the regex passes below are skipped).
            if (clause.Length - phrase.Length > LongestGenericClause)
            {
                return new ReadClause(clause, sentence, state, phrase, at, Generic: false);
            }

            var subject = StatusWords.FramingWords().Replace(state == ClauseState.Mention ? clause : clause.Remove(at, phrase.Length), "");
            if (subject.Length >= 2) subject = StatusWords.Underway().Replace(StatusWords.StrongDone().Replace(subject, ""), "");
            var figures = clause.Any(char.IsAsciiDigit) && StatusWords.Dates().Replace(clause, "").Any(char.IsAsciiDigit);
            var generic = !figures && !StatusWords.Continuation().IsMatch(clause)
                && (subject.Length < 2 || StatusWords.GenericSubject().IsMatch(subject));
            return new ReadClause(clause, sentence, state, phrase, at, generic && state != ClauseState.Mention);
        }
    }
}
