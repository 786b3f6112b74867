using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>
/// How many tasks have each status, and the completion rate the office uses: completed ÷ tasks with a finish line.
/// Open-ended tasks (持续推进) have no finish line, and unclear ones (待核实) cannot be judged, so neither is in
/// the denominator.
/// </summary>
public sealed record StatusTally(int Completed, int Ongoing, int InProgress, int Behind, int NotMet, int Unclear)
{
    public static StatusTally Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public static StatusTally Of(IEnumerable<TaskStatus> statuses)
    {
        var counts = new int[Enum.GetValues<TaskStatus>().Length];
        foreach (var status in statuses)
        {
            counts[(int)status]++;
        }

        return new StatusTally(
            counts[(int)TaskStatus.Completed], counts[(int)TaskStatus.Ongoing], counts[(int)TaskStatus.InProgress],
            counts[(int)TaskStatus.Behind], counts[(int)TaskStatus.NotMet], counts[(int)TaskStatus.Unclear]);
    }

    public int Total => Completed + Ongoing + InProgress + Behind + NotMet + Unclear;

    /// <summary>Tasks that can be done or not done: all but 持续推进 and 待核实.</summary>
    public int WithFinishLine => Total - Ongoing - Unclear;

    /// <summary>Completed ÷ <see cref="WithFinishLine"/>, 0–1; null when no task has a finish line.</summary>
    public double? CompletionRate => WithFinishLine == 0 ? null : (double)Completed / WithFinishLine;

    public int Count(TaskStatus status) => status switch
    {
        TaskStatus.Completed => Completed,
        TaskStatus.Ongoing => Ongoing,
        TaskStatus.InProgress => InProgress,
        TaskStatus.Behind => Behind,
        TaskStatus.NotMet => NotMet,
        TaskStatus.Unclear => Unclear,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown task status."),
    };

    /// <summary>Count ÷ all tasks, 0–1 (0 when there are no tasks).</summary>
    public double Share(TaskStatus status) => Total == 0 ? 0 : (double)Count(status) / Total;
}
