namespace Wuhu.Bulletins.Model;

/// <summary>Status of a task, derived from its progress text by <c>StatusClassifier</c>.</summary>
public enum TaskStatus
{
    Unknown,
    Completed,
    InProgress,
    /// <summary>A full-year bulletin whose quantitative target was clearly missed.</summary>
    NotMet,
}
