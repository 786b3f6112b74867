namespace Wuhu.Reports.Model;

/// <summary>Something in the source data a reader should know before trusting the figures.</summary>
/// <param name="Code">Stable code: a parser warning code ("missingNumber"…) or one of ours ("numberGap",
/// "noLeadUnit", "statusUnclear", "noActual", "emptyProgress").</param>
/// <param name="Source">The bulletin the note is about.</param>
/// <param name="TaskNumber">The task concerned, when the note is about one task.</param>
/// <param name="Message">The explanation, in Chinese (parser warnings are translated).</param>
/// <param name="Kind">What kind of problem, in Chinese: the heading of the note's group.</param>
public sealed record DataQualityNote(string Code, string Source, int? TaskNumber, string Message, string Kind);

/// <summary>The notes of one kind: how many, and the first few as examples.</summary>
public sealed record DataQualityGroup(string Code, string Kind, int Count, IReadOnlyList<DataQualityNote> Examples)
{
    /// <summary>How many examples a group shows.</summary>
    public const int ExampleCount = 3;

    /// <summary>Groups in order of first appearance, each with its first <see cref="ExampleCount"/> notes.</summary>
    public static IReadOnlyList<DataQualityGroup> Of(IEnumerable<DataQualityNote> notes) =>
    [
        .. notes
            .GroupBy(n => n.Code, StringComparer.Ordinal)
            .Select(g => new DataQualityGroup(g.Key, g.First().Kind, g.Count(), [.. g.Take(ExampleCount)])),
    ];
}
