using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Model;

/// <summary>What changed between the previous quarter's bulletin and this one (quarterly reports only).</summary>
public sealed record QuarterChanges
{
    /// <summary>Readable period compared against, e.g. "2023年第二季度".</summary>
    public required string PreviousPeriodLabel { get; init; }

    /// <summary>Every task whose status differs from the previous quarter, by task number.</summary>
    public required IReadOnlyList<StatusChange> StatusChanges { get; init; }

    /// <summary>Tasks whose text is new: no task of the previous bulletin has the same normalized text or number-and-similar text.</summary>
    public required IReadOnlyList<TaskRef> NewTasks { get; init; }

    /// <summary>Tasks of the previous bulletin that this one no longer lists.</summary>
    public required IReadOnlyList<TaskRef> RemovedTasks { get; init; }

    /// <summary>The status changes that ended in Completed.</summary>
    public IReadOnlyList<StatusChange> NewlyCompleted => [.. StatusChanges.Where(c => c.To == TaskStatus.Completed)];

    public bool IsEmpty => StatusChanges.Count == 0 && NewTasks.Count == 0 && RemovedTasks.Count == 0;
}

/// <summary>A task whose status moved from <paramref name="From"/> to <paramref name="To"/>.</summary>
public sealed record StatusChange(int Number, string Text, IReadOnlyList<string> Units, TaskStatus From, TaskStatus To)
{
    public string FromLabel => StatusLabels.Of(From, quarterly: true);
    public string ToLabel => StatusLabels.Of(To, quarterly: true);
}

/// <summary>A task named in a change list.</summary>
public sealed record TaskRef(int Number, string Text, IReadOnlyList<string> Units, TaskStatus Status)
{
    public string StatusLabel => StatusLabels.Of(Status, quarterly: true);
}
