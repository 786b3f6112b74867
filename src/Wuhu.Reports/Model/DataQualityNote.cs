namespace Wuhu.Reports.Model;

/// <summary>Something in the source data a reader should know before trusting the figures.</summary>
/// <param name="Code">Stable code: a parser warning code ("missingNumber"…) or one of ours ("numberGap",
/// "noLeadUnit", "statusUnknown", "noActual", "emptyProgress").</param>
/// <param name="Source">The bulletin the note is about.</param>
/// <param name="TaskNumber">The task concerned, when the note is about one task.</param>
/// <param name="Message">Human-readable explanation.</param>
public sealed record DataQualityNote(string Code, string Source, int? TaskNumber, string Message);
