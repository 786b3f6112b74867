namespace Wuhu.Bulletins.Model;

/// <summary>Limits the parser applies to one bulletin.</summary>
public sealed record BulletinParseOptions
{
    /// <summary>Real bulletins have 100–250 tasks; ten times the largest is still a bulletin, far more is not.</summary>
    public const int DefaultMaxTasks = 2000;

    public static BulletinParseOptions Default { get; } = new();

    /// <summary>Bulletins with more task rows are rejected ("tooManyTasks").</summary>
    public int MaxTasks { get; init; } = DefaultMaxTasks;
}
