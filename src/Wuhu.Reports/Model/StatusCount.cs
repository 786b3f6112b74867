using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>One slice of the status distribution chart.</summary>
/// <param name="Share">Count / all tasks as a fraction 0–1 (0 when there are no tasks).</param>
/// <param name="Label">The status as the report words it (达序时 in quarters).</param>
public sealed record StatusCount(TaskStatus Status, int Count, double Share, string Label);
