namespace Wuhu.Reports.Model;

/// <summary>
/// Everything one report says, computed from bulletins and free of layout: a renderer only decides how it
/// looks. Lists are already in display order.
/// </summary>
public sealed record ReportDocument
{
    public required ReportKind Kind { get; init; }
    public required int Year { get; init; }

    /// <summary>1–4 for a quarterly report; null for an annual one.</summary>
    public required int? Quarter { get; init; }

    /// <summary>Cover title, e.g. "芜湖市2023年度重点工作任务完成情况报告".</summary>
    public required string Title { get; init; }

    /// <summary>Readable period, e.g. "2023年全年", "2023年第三季度", "2024年(截至第三季度)".</summary>
    public required string PeriodLabel { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The bulletins used: the main one first, then the others by period.</summary>
    public required IReadOnlyList<SourceBulletin> Sources { get; init; }

    public required KeyFigures Figures { get; init; }

    /// <summary>
    /// True when the figures come from a quarterly (not full-year) bulletin: an actual below target is then
    /// progress toward the year's target ("尚未达到"), not a miss ("未达成").
    /// </summary>
    public bool InterimFigures { get; init; }

    /// <summary>One entry per status in <see cref="StatusLabels.Ordered"/> order, zero counts included.</summary>
    public required IReadOnlyList<StatusCount> StatusDistribution { get; init; }

    /// <summary>Lead units by task count (descending), then by name.</summary>
    public required IReadOnlyList<UnitScore> Units { get; init; }

    /// <summary>The year's quarters that have a bulletin, in order; empty when only one bulletin exists.</summary>
    public required IReadOnlyList<QuarterPoint> QuarterSeries { get; init; }

    /// <summary>Quarters: 欠序时 tasks; full year: 未达标, target missed, 推进中; each with its evidence. No 待核实 task.</summary>
    public required IReadOnlyList<AttentionItem> NeedsAttention { get; init; }

    /// <summary>The 待核实 tasks, one compact row each ("需核实").</summary>
    public required IReadOnlyList<UnclearItem> NeedsCheck { get; init; }
    public required IReadOnlyList<TargetRow> Targets { get; init; }
    public required IReadOnlyList<DataQualityNote> DataQuality { get; init; }

    /// <summary><see cref="DataQuality"/> grouped by kind, with counts and the first few examples.</summary>
    public IReadOnlyList<DataQualityGroup> DataQualityGroups => DataQualityGroup.Of(DataQuality);

    /// <summary>The status as this report words it: 达序时 for an in-progress task of a quarterly bulletin.</summary>
    public string StatusLabel(Bulletins.Model.TaskStatus status) => StatusLabels.Of(status, InterimFigures);

    /// <summary>Changes since the previous quarter; null for annual reports and for a quarter with no predecessor.</summary>
    public QuarterChanges? Changes { get; init; }

    /// <summary>Every task, by number.</summary>
    public required IReadOnlyList<AppendixRow> Appendix { get; init; }

    public required PdfMetadata Metadata { get; init; }

    /// <summary>The report's file name: wuhu-{year}-annual.pdf or wuhu-{year}-q{n}.pdf.</summary>
    public string FileName => ReportNames.FileName(Kind, Year, Quarter);
}
