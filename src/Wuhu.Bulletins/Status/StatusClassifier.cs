using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Status;

/// <summary>
/// Judges a task's status the way the supervision office does (../shared/notes/status-guide.md): it reads what the
/// task promises (numeric targets, named deliverables, or an open-ended direction) and what the progress text
/// reports of each, then applies <see cref="StatusRules"/> in order. Deterministic; every judgement names its rule.
/// </summary>
public static class StatusClassifier
{
    public static StatusJudgement Judge(string taskText, string progress, IReadOnlyList<QuantitativeTarget> targets, ReportingPeriod period)
    {
        // One evidence per thread, reloaded for each task: its tables are scratch that no judgement keeps.
        var evidence = StatusEvidence.ForThisThread(taskText, progress, targets, period);
        try
        {
            foreach (var rule in StatusRules.All)
            {
                if (rule.Apply(evidence) is { } judgement) return judgement;
            }
        }
        finally
        {
            evidence.Forget();
        }

        throw new InvalidOperationException("the last status rule always decides");
    }

    /// <summary>The rules in the order they are tried, with what each reads (for documentation and the CLI).</summary>
    public static IEnumerable<(string Name, string Reads)> Rules => StatusRules.All.Select(r => (r.Name, r.Reads));
}
