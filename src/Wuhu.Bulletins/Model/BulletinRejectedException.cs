namespace Wuhu.Bulletins.Model;

/// <summary>
/// The upload can never be parsed as a bulletin (empty, not a table, no period…). Callers record the reason
/// and do not retry: the same bytes would fail again.
/// </summary>
public sealed class BulletinRejectedException(string code, string message) : Exception(message)
{
    /// <summary>Stable machine-readable code, e.g. "empty", "unsupportedFormat", "noTable", "noPeriod".</summary>
    public string Code { get; } = code;
}
