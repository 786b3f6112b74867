namespace Wuhu.Bulletins.Model;

/// <summary>One parsed bulletin: its metadata, the period it reports on and its normalized tasks.</summary>
public sealed record Bulletin
{
    /// <summary>File or blob name the bulletin came from.</summary>
    public required string Source { get; init; }
    public required BulletinFormat Format { get; init; }
    /// <summary>How the tasks were laid out inside the file (a table, text with one cell per line, a numbered list…).</summary>
    public BulletinLayout Layout { get; init; }
    public string? Title { get; init; }
    public required int Year { get; init; }
    /// <summary>1–4; a full-year bulletin is quarter 4 with <see cref="FullYear"/> set.</summary>
    public required int Quarter { get; init; }
    public required bool FullYear { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public string? Publisher { get; init; }
    /// <summary>The progress column's header as printed, e.g. "2023年全年完成情况".</summary>
    public string? ProgressHeader { get; init; }
    /// <summary>Where the period was read from: title, progressHeader, body or fileName.</summary>
    public string? PeriodSource { get; init; }
    public required IReadOnlyList<BulletinTask> Tasks { get; init; }
    public required IReadOnlyList<ParseWarning> Warnings { get; init; }

    public ReportingPeriod Period => new(Year, Quarter, FullYear);
}
