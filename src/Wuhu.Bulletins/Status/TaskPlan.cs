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
    public IReadOnlyList<HashSet<char>> ItemWords { get; } = [.. Items.Select(Clauses.Meaningful)];
}

/// <summary>What a task promises: its numeric targets and its named deliverables; open-ended when it has neither.</summary>
internal sealed class TaskPlan
{
    private static readonly char[] ItemSeparators = ['、', '和', '及'];

    private TaskPlan(IReadOnlyList<QuantitativeTarget> targets, List<Deliverable> deliverables, bool hasDirections, bool counts)
    {
        Targets = targets;
        Counts = counts;
        var titlesOnly = deliverables.All(d => d.Commitment == Commitment.Title);
        // "争创全国双拥模范城" on its own is the task's finish line; beside other aims it is an aspiration.
        Deliverables = targets.Count == 0 && titlesOnly && !hasDirections
            ? [.. deliverables.Select(d => d with { Commitment = Commitment.Firm })]
            : deliverables;
    }

    public IReadOnlyList<QuantitativeTarget> Targets { get; }

    /// <summary>True when the task names a quantity to deliver (a target, or a count the extractor could not measure).</summary>
    public bool Counts { get; }
    public IReadOnlyList<Deliverable> Deliverables { get; }

    public IEnumerable<Deliverable> Firm => Deliverables.Where(d => d.Commitment == Commitment.Firm);
    public IEnumerable<Deliverable> Soft => Deliverables.Where(d => d.Commitment != Commitment.Firm);

    /// <summary>True when the task has something to finish: a numeric target or a firm deliverable.</summary>
    public bool HasFinishLine => Targets.Count > 0 || Firm.Any();

    public static TaskPlan Read(string taskText, IReadOnlyList<QuantitativeTarget> targets)
    {
        var deliverables = new List<Deliverable>();
        var hasDirections = false;
        foreach (var clause in Clauses.Of(taskText))
        {
            // A clause with a quantity ("新增公共停车泊位3500个") is judged by its target, not by its verb.
            if (HasQuantity(clause) && targets.Count > 0) continue;
            // Beside numeric targets, "推动实现…" / "推进…" clauses frame the targets rather than add finish lines.
            if (targets.Count > 0 && StatusWords.OpenDirection().IsMatch(clause))
            {
                hasDirections = true;
                continue;
            }

            if (Read(clause) is { } deliverable)
            {
                // "加快…建设", "推进…改造": a direction, not a finish line, unless it names one ("推动X顺利开学").
                if (deliverable.Commitment == Commitment.Soft && StatusWords.OpenDirection().IsMatch(clause))
                {
                    hasDirections = true;
                    continue;
                }

                deliverables.Add(deliverable);
            }
            else if (StatusWords.OpenDirection().IsMatch(clause))
            {
                hasDirections = true;
            }
        }

        return new TaskPlan(targets, deliverables, hasDirections, targets.Count > 0);
    }

    private static Deliverable? Read(string clause)
    {
        if (!StatusWords.OpenList().IsMatch(clause) && StatusWords.EventToHold().Match(clause) is { Success: true } held)
        {
            return new Deliverable(clause, Commitment.Firm, [held.Groups["event"].Value]);
        }

        var (commitment, verb) = StatusWords.HardFinishVerb().Match(clause) is { Success: true } hard ? (Commitment.Firm, hard)
            : StatusWords.TitleVerb().Match(clause) is { Success: true } title ? (Commitment.Title, title)
            : StatusWords.SoftFinishVerb().Match(clause) is { Success: true } soft ? (Commitment.Soft, soft)
            : (Commitment.Soft, null);
        if (verb is null) return null;

        // The object is on either side of the verb ("建成X", "X完成省下达任务"); a side that only names the task
        // itself ("省下达任务") is not an item.
        var after = clause[(verb.Index + verb.Length)..];
        var obj = Clauses.HasTwoMeaningful(after) && !after.Contains("任务") ? after : clause[..verb.Index];
        if (StatusWords.OpenList().IsMatch(obj)) commitment = Commitment.Soft;
        // "建成A、B等5个创新园": the names are examples of a count; the count decides, the names are aims.
        if (StatusWords.ExamplesOfCount().IsMatch(obj) && commitment == Commitment.Firm) commitment = Commitment.Soft;
        var items = obj.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(item => item.Split('等')[0])
            .Where(item => Clauses.HasTwoMeaningful(item))
            .ToList();
        return items.Count == 0 ? null : new Deliverable(clause, commitment, items);
    }

    private static bool HasQuantity(string clause)
    {
        for (var i = 0; i < clause.Length - 1; i++)
        {
            if (char.IsAsciiDigit(clause[i]) && !char.IsAsciiDigit(clause[i + 1]) && clause[i + 1] is not ('.' or '年' or '月' or '日')) return true;
        }

        return false;
    }
}
