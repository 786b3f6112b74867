namespace Wuhu.Bulletins.Model;

/// <summary>Something the parser noticed and did not silently fix: a missing number, an unplaced line…</summary>
/// <param name="Code">Stable machine-readable code, e.g. "missingNumber", "duplicateNumber", "unplacedText".</param>
/// <param name="Message">Human-readable explanation naming the task or line concerned.</param>
/// <param name="Severity">Info notes say what the parser did (e.g. names not in the unit directory); they do not put the data in doubt.</param>
public sealed record ParseWarning(string Code, string Message, WarningSeverity Severity = WarningSeverity.Warning);

public enum WarningSeverity
{
    Warning,
    Info,
}
