using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Status;

/// <summary>How firmly a task commits to a deliverable.</summary>
internal enum Commitment
{
    /// <summary>A finish line: build, complete, issue, open, cover, hold a named event.</summary>
    Firm,
    /// <summary>A title to win (争创/创建): firm when it is the task's only aim, an aspiration beside others.</summary>
    Title,
    /// <summary>Shape, upgrade, plan, build up: done only when reported done; otherwise the task reads open-ended.</summary>
    Soft,
}

/// <summary>One thing a task asks for, with the names of its items ("建成A、B等项目" → A, B).</summary>
internal sealed record Deliverable(string Clause, Commitment Commitment, IReadOnlyList<string> Items)
{
    /// <summary>Each item's distinct meaningful characters (<see cref="Clauses.Meaningful"/>).</summary>
    public IReadOnlyList<string> ItemWords { get; } = MeaningfulOf(Items);

    private static string[] MeaningfulOf(IReadOnlyList<string> items)
    {
        var words = new string[items.Count];
        for (var i = 0; i < words.Length; i++) words[i] = Clauses.Meaningful(items[i]);
        return words;
    }
}

/// <summary>What a task promises: its numeric targets and its named deliverables; open-ended when it has neither.</summary>
internal sealed class TaskPlan
{
    private static readonly Deliverable[] None = [];
    private static readonly System.Buffers.SearchValues<char> ItemSeparators = System.Buffers.SearchValues.Create("、和及");

    private TaskPlan(IReadOnlyList<QuantitativeTarget> targets, List<Deliverable>? deliverables, bool hasDirections, bool counts)
    {
        Targets = targets;
        Counts = counts;
        if (deliverables is null)
        {
            Deliverables = Firm = Soft = None;
            HasFinishLine = targets.Count > 0;
            return;
        }

        var titlesOnly = deliverables.TrueForAll(d => d.Commitment == Commitment.Title);
        // "争创全国双拥模范城" on its own is the task's finish line; beside other aims it is an aspiration.
        if (targets.Count == 0 && titlesOnly && !hasDirections)
        {
            for (var i = 0; i < deliverables.Count; i++) deliverables[i] = deliverables[i] with { Commitment = Commitment.Firm };
        }

        Deliverables = deliverables;
        Firm = [.. deliverables.FindAll(d => d.Commitment == Commitment.Firm)];
        Soft = [.. deliverables.FindAll(d => d.Commitment != Commitment.Firm)];
        HasFinishLine = targets.Count > 0 || Firm.Length > 0;
    }

    public IReadOnlyList<QuantitativeTarget> Targets { get; }

    /// <summary>True when the task names a quantity to deliver (a target, or a count the extractor could not measure).</summary>
    public bool Counts { get; }
    public IReadOnlyList<Deliverable> Deliverables { get; }

    public Deliverable[] Firm { get; }
    public Deliverable[] Soft { get; }

    /// <summary>True when the task has something to finish: a numeric target or a firm deliverable.</summary>
    public bool HasFinishLine { get; }

    public static TaskPlan Read(string taskText, IReadOnlyList<QuantitativeTarget> targets)
    {
        List<Deliverable>? deliverables = null;
        var hasDirections = false;
        Span<TextRange> clauses = stackalloc TextRange[Clauses.UsualPieces];
        var whole = new TextRange(0, taskText.Length);
        var count = Clauses.Of(taskText, whole, clauses);
        if (count < 0)
        {
            clauses = new TextRange[Clauses.MostPieces(taskText)];
            count = Clauses.Of(taskText, whole, clauses);
        }

        clauses = clauses[..count];
        foreach (var range in clauses)
        {
            var clause = range.Of(taskText);
            // A clause with a quantity ("新增公共停车泊位3500个") is judged by its target, not by its verb.
            if (HasQuantity(clause) && targets.Count > 0) continue;
            // Beside numeric targets, "推动实现…" / "推进…" clauses frame the targets rather than add finish lines.
            if (targets.Count > 0 && StatusWords.OpenDirectionWords.MatchAt(clause, 0) >= 0)
            {
                hasDirections = true;
                continue;
            }

            if (Read(taskText, range) is { } deliverable)
            {
                // "加快…建设", "推进…改造": a direction, not a finish line, unless it names one ("推动X顺利开学").
                if (deliverable.Commitment == Commitment.Soft && StatusWords.OpenDirectionWords.MatchAt(clause, 0) >= 0)
                {
                    hasDirections = true;
                    continue;
                }

                (deliverables ??= []).Add(deliverable);
            }
            else if (StatusWords.OpenDirectionWords.MatchAt(clause, 0) >= 0)
            {
                hasDirections = true;
            }
        }

        return new TaskPlan(targets, deliverables, hasDirections, targets.Count > 0);
    }

    private static Deliverable? Read(string taskText, TextRange range)
    {
        var clause = range.Of(taskText);
        // 举办 is checked by hand first: the event pattern needs a Match (a string) for its group.
        if (clause.Contains("举办", StringComparison.Ordinal) && !(clause.Contains('等') && StatusWords.OpenList().IsMatch(clause))
            && StatusWords.EventToHold().Match(clause.ToString()) is { Success: true } held)
        {
            return new Deliverable(clause.ToString(), Commitment.Firm, [held.Groups["event"].Value]);
        }

        var (commitment, verb) = StatusWords.HardFinishVerbWords.First(clause) is { } hard ? (Commitment.Firm, hard)
            : StatusWords.TitleVerbWords.First(clause) is { } title ? (Commitment.Title, title)
            : StatusWords.SoftFinishVerbWords.First(clause) is { } soft ? (Commitment.Soft, soft)
            : (Commitment.Soft, default((int Index, int Length)?));
        if (verb is not { } found) return null;

        // The object is on either side of the verb ("建成X", "X完成省下达任务"); a side that only names the task
        // itself ("省下达任务") is not an item.
        var after = clause[(found.Index + found.Length)..];
        var obj = Clauses.HasTwoMeaningful(after) && !after.Contains("任务", StringComparison.Ordinal) ? after : clause[..found.Index];
        // Both patterns below start with 等: a text without it needs neither regex.
        var hasEtc = obj.Contains('等');
        if (hasEtc && StatusWords.OpenList().IsMatch(obj)) commitment = Commitment.Soft;
        // "建成A、B等5个创新园": the names are examples of a count; the count decides, the names are aims.
        if (hasEtc && commitment == Commitment.Firm && StatusWords.ExamplesOfCount().IsMatch(obj)) commitment = Commitment.Soft;
        List<string>? items = null;
        while (obj.Length > 0)
        {
            // Items are separated by 、/和/及; of "A等" only the name before 等 is kept.
            var end = obj.IndexOfAny(ItemSeparators);
            var item = end < 0 ? obj : obj[..end];
            obj = end < 0 ? [] : obj[(end + 1)..];
            var example = item.IndexOf('等');
            if (example >= 0) item = item[..example];
            if (Clauses.HasTwoMeaningful(item)) (items ??= []).Add(item.ToString());
        }

        return items is null ? null : new Deliverable(clause.ToString(), commitment, items);
    }

    private static bool HasQuantity(ReadOnlySpan<char> clause)
    {
        for (var i = 0; i < clause.Length - 1; i++)
        {
            if (char.IsAsciiDigit(clause[i]) && !char.IsAsciiDigit(clause[i + 1]) && clause[i + 1] is not ('.' or '年' or '月' or '日')) return true;
        }

        return false;
    }
}
