namespace Wuhu.Bulletins.Model;

/// <summary>A task's status together with the evidence that decided it.</summary>
public readonly record struct StatusJudgement(TaskStatus Status, StatusBasis Basis);
