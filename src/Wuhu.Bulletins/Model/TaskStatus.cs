namespace Wuhu.Bulletins.Model;

/// <summary>
/// A task's status as the supervision office judges it (../shared/notes/status-guide.md), derived by
/// <c>StatusClassifier</c>. The JSON names are camelCase; rows stored before this vocabulary said "unknown",
/// which reads as <see cref="Unclear"/>.
/// </summary>
public enum TaskStatus
{
    /// <summary>待核实: a careful reader cannot decide (only a partial-year figure, only plans, text about something else).</summary>
    Unclear,
    /// <summary>已完成: the task's deliverable was achieved (quarters: already achieved or ahead of time).</summary>
    Completed,
    /// <summary>推进中 (full year: some of the deliverable is not done) / 达序时 (quarters: underway and not behind).</summary>
    InProgress,
    /// <summary>欠序时: quarters only — behind the time-proportional schedule (序时进度).</summary>
    Behind,
    /// <summary>未达标: full year only — a numeric target clearly missed, or the text says it was not achieved.</summary>
    NotMet,
    /// <summary>持续推进: an open-ended direction with no finish line, and concrete actions reported.</summary>
    Ongoing,
}
