using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>One slice of the status distribution chart.</summary>
/// <param name="Share">Count / all tasks as a fraction 0–1 (0 when there are no tasks).</param>
public sealed record StatusCount(TaskStatus Status, int Count, double Share)
{
    public string Label => StatusLabels.Of(Status);
}
