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

/// <summary>
/// One thing a task asks for ("建成A、B等项目"): its clause, how firmly it is promised, and where its items (A, B) are
/// in the plan's item table. Positions rather than strings: nothing of a plan is copied out of the task text.
/// </summary>
internal readonly record struct Deliverable(TextRange Clause, Commitment Commitment, int FirstItem, int ItemCount);

/// <summary>An item a deliverable names, and where its distinct meaningful characters (<see cref="Clauses.Meaningful"/>) are in the plan's character table.</summary>
internal readonly record struct PlanItem(TextRange Name, int WordsAt, int WordsLength);

/// <summary>
/// What a task promises: its numeric targets and its named deliverables; open-ended when it has neither. The judge
/// keeps one plan per thread and loads each task into it (<see cref="Load"/>): its tables are reused.
/// </summary>
internal sealed class TaskPlan
{
    private static readonly System.Buffers.SearchValues<char> ItemSeparators = System.Buffers.SearchValues.Create("、和及");

    private string text = "";
    private Deliverable[] read = new Deliverable[8];
    private Deliverable[] firm = new Deliverable[8];
    private Deliverable[] soft = new Deliverable[8];
    private int readCount, firmCount, softCount;
    private PlanItem[] items = new PlanItem[16];
    private int itemCount;
    private char[] words = new char[256];
    private int wordCount;

    /// <summary>True when the task names a quantity to deliver (a target, or a count the extractor could not measure).</summary>
    public bool Counts { get; private set; }

    public ReadOnlySpan<Deliverable> Firm => firm.AsSpan(0, firmCount);
    public ReadOnlySpan<Deliverable> Soft => soft.AsSpan(0, softCount);

    /// <summary>True when the task has something to finish: a numeric target or a firm deliverable.</summary>
    public bool HasFinishLine { get; private set; }

    public ReadOnlySpan<char> ClauseOf(Deliverable deliverable) => deliverable.Clause.Of(text);
    public ReadOnlySpan<char> ItemName(int item) => items[item].Name.Of(text);
    public TextRange ItemRange(int item) => items[item].Name;
    public ReadOnlySpan<char> ItemWords(int item) => words.AsSpan(items[item].WordsAt, items[item].WordsLength);

    /// <summary>Lets go of the task text (the thread's plan keeps no parse alive).</summary>
    public void Forget()
    {
        text = "";
        readCount = firmCount = softCount = itemCount = wordCount = 0;
    }

    /// <summary>A fresh plan of one task (the judge reuses one per thread through <see cref="Load"/>).</summary>
    public static TaskPlan Read(string taskText, IReadOnlyList<QuantitativeTarget> targets) => new TaskPlan().Load(taskText, targets);

    /// <summary>Reads a (compacted) task text into this plan, replacing the previous one.</summary>
    public TaskPlan Load(string taskText, IReadOnlyList<QuantitativeTarget> targets)
    {
        text = taskText;
        readCount = firmCount = softCount = itemCount = wordCount = 0;
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

            var itemsBefore = itemCount;
            var wordsBefore = wordCount;
            if (ReadDeliverable(range) is { } deliverable)
            {
                // "加快…建设", "推进…改造": a direction, not a finish line, unless it names one ("推动X顺利开学").
                if (deliverable.Commitment == Commitment.Soft && StatusWords.OpenDirectionWords.MatchAt(clause, 0) >= 0)
                {
                    (itemCount, wordCount) = (itemsBefore, wordsBefore);
                    hasDirections = true;
                    continue;
                }

                Add(ref read, ref readCount, deliverable);
            }
            else if (StatusWords.OpenDirectionWords.MatchAt(clause, 0) >= 0)
            {
                hasDirections = true;
            }
        }

        Counts = targets.Count > 0;
        // "争创全国双拥模范城" on its own is the task's finish line; beside other aims it is an aspiration.
        var titlesOnly = readCount > 0 && targets.Count == 0 && !hasDirections;
        for (var i = 0; i < readCount && titlesOnly; i++) titlesOnly = read[i].Commitment == Commitment.Title;
        for (var i = 0; i < readCount; i++)
        {
            var deliverable = titlesOnly ? read[i] with { Commitment = Commitment.Firm } : read[i];
            if (deliverable.Commitment == Commitment.Firm) Add(ref firm, ref firmCount, deliverable);
            else Add(ref soft, ref softCount, deliverable);
        }

        HasFinishLine = targets.Count > 0 || firmCount > 0;
        return this;
    }

    private static void Add(ref Deliverable[] table, ref int count, Deliverable deliverable)
    {
        if (count == table.Length) Array.Resize(ref table, count * 2);
        table[count++] = deliverable;
    }

    private Deliverable? ReadDeliverable(TextRange range)
    {
        var clause = range.Of(text);
        // 举办 is checked by hand first: most clauses have no event to hold.
        if (clause.Contains("举办", StringComparison.Ordinal) && !(clause.Contains('等') && StatusWords.OpenList().IsMatch(clause)))
        {
            foreach (var held in StatusWords.EventToHold().EnumerateMatches(clause))
            {
                // The event is all of the match after 举办 (the pattern ends in a lookahead).
                var first = itemCount;
                AddItem(new TextRange(range.Start + held.Index + 2, held.Length - 2));
                return new Deliverable(range, Commitment.Firm, first, 1);
            }
        }

        // A finish verb decides over a title, a title over a soft verb (StatusWords.FinishVerbWords: the three in one pass).
        Span<(int Index, int Length)?> verbs = stackalloc (int, int)?[3];
        StatusWords.FinishVerbWords.FirstOfEach(clause, verbs, decisive: 0);
        var (commitment, verb) = verbs[0] is { } hard ? (Commitment.Firm, hard)
            : verbs[1] is { } title ? (Commitment.Title, title)
            : verbs[2] is { } soft ? (Commitment.Soft, soft)
            : (Commitment.Soft, default((int Index, int Length)?));
        if (verb is not { } found) return null;

        // The object is on either side of the verb ("建成X", "X完成省下达任务"); a side that only names the task
        // itself ("省下达任务") is not an item.
        var after = clause[(found.Index + found.Length)..];
        var afterNames = Clauses.HasTwoMeaningful(after) && !after.Contains("任务", StringComparison.Ordinal);
        var obj = afterNames ? after : clause[..found.Index];
        var objStart = range.Start + (afterNames ? found.Index + found.Length : 0);
        // Both patterns below start with 等: a text without it needs neither regex.
        var hasEtc = obj.Contains('等');
        if (hasEtc && StatusWords.OpenList().IsMatch(obj)) commitment = Commitment.Soft;
        // "建成A、B等5个创新园": the names are examples of a count; the count decides, the names are aims.
        if (hasEtc && commitment == Commitment.Firm && StatusWords.ExamplesOfCount().IsMatch(obj)) commitment = Commitment.Soft;
        var firstItem = itemCount;
        while (obj.Length > 0)
        {
            // Items are separated by 、/和/及; of "A等" only the name before 等 is kept.
            var end = obj.IndexOfAny(ItemSeparators);
            var item = end < 0 ? obj : obj[..end];
            var itemStart = objStart;
            obj = end < 0 ? [] : obj[(end + 1)..];
            objStart += end + 1;
            var example = item.IndexOf('等');
            if (example >= 0) item = item[..example];
            if (Clauses.HasTwoMeaningful(item)) AddItem(new TextRange(itemStart, item.Length));
        }

        return itemCount == firstItem ? null : new Deliverable(range, commitment, firstItem, itemCount - firstItem);
    }

    private void AddItem(TextRange name)
    {
        if (itemCount == items.Length) Array.Resize(ref items, itemCount * 2);
        if (wordCount + name.Length > words.Length) Array.Resize(ref words, Math.Max(words.Length * 2, wordCount + name.Length));
        var length = Clauses.Meaningful(name.Of(text), words.AsSpan(wordCount));
        items[itemCount++] = new PlanItem(name, wordCount, length);
        wordCount += length;
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
