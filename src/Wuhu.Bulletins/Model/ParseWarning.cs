namespace Wuhu.Bulletins.Model;

/// <summary>Something the parser noticed and did not silently fix: a missing number, an unplaced line…</summary>
/// <param name="Code">Stable machine-readable code, e.g. "missingNumber", "duplicateNumber", "unplacedText".</param>
/// <param name="Message">Human-readable explanation naming the task or line concerned.</param>
public sealed record ParseWarning(string Code, string Message)
{
    /// <summary>How many occurrences this warning stands for: more than 1 when repeats of one kind were folded.</summary>
    public int Count { get; init; } = 1;
}
