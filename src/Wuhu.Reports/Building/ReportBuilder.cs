using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;

namespace Wuhu.Reports.Building;

/// <summary>
/// Computes annual and quarterly <see cref="ReportDocument"/>s from bulletins. Pure: the same bulletins and the
/// same clock give the same document.
/// </summary>
public sealed class ReportBuilder(TimeProvider time)
{
    /// <summary>Reports show times in China Standard Time (UTC+8, no daylight saving).</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public const string Author = "Wuhu 重点工作任务报告";
    public const string Creator = "Wuhu.Reports";

    public ReportBuilder()
        : this(TimeProvider.System)
    {
    }

    /// <summary>
    /// The year's report, from its latest bulletin (the full-year one when present), with the year's other
    /// bulletins as the quarter-by-quarter trend.
    /// </summary>
    public ReportDocument BuildAnnual(int year, IEnumerable<BulletinSource> bulletins)
    {
        var all = Checked(bulletins);
        var ofYear = all.Where(b => b.Period.Year == year).OrderBy(b => b.Period.Quarter).ToList();
        if (ofYear.Count == 0)
        {
            throw new ReportInputException($"No bulletin for {year}; bulletins found: {PeriodText.Describe(all.Select(b => b.Period))}.");
        }

        var main = ofYear[^1];
        var period = main.Period;
        var label = period.FullYear ? $"{year}年全年" : $"{year}年(截至{PeriodText.QuarterName(period.Quarter)})";
        var title = $"芜湖市{year}年度重点工作任务完成情况报告";
        return Assemble(ReportKind.Annual, year, null, title, label, main, ofYear, changes: null);
    }

    /// <summary>One quarter's report, with the changes since the same year's previous quarter when it has a bulletin.</summary>
    public ReportDocument BuildQuarterly(int year, int quarter, IEnumerable<BulletinSource> bulletins)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ReportInputException($"Quarter must be 1–4, not {quarter}.");
        }

        var all = Checked(bulletins);
        var main = all.SingleOrDefault(b => b.Period.Year == year && b.Period.Quarter == quarter)
            ?? throw new ReportInputException(
                $"No bulletin for {year}-Q{quarter}; bulletins found: {PeriodText.Describe(all.Select(b => b.Period))}.");

        if (main.Period.FullYear)
        {
            throw new ReportInputException(
                $"The bulletin for {year}-Q{quarter} is the full-year bulletin ({main.Bulletin.Source}): it makes the annual report (--year {year} without --quarter), not a quarterly one.");
        }

        var previous = all.SingleOrDefault(b => b.Period.Year == year && b.Period.Quarter == quarter - 1);
        var upToQuarter = all.Where(b => b.Period.Year == year && b.Period.Quarter <= quarter).OrderBy(b => b.Period.Quarter).ToList();
        var changes = previous is null ? null : ChangeDetector.Compare(previous.Bulletin, main.Bulletin);
        var label = PeriodText.Label(main.Period);
        var title = $"芜湖市{year}年{PeriodText.QuarterName(quarter)}重点工作任务进展报告";
        return Assemble(ReportKind.Quarterly, year, quarter, title, label, main, upToQuarter, changes);
    }

    private ReportDocument Assemble(
        ReportKind kind,
        int year,
        int? quarter,
        string title,
        string periodLabel,
        BulletinSource main,
        IReadOnlyList<BulletinSource> sameYear,
        QuarterChanges? changes)
    {
        var bulletin = main.Bulletin;
        var tasks = TaskUnits.ByNumber(bulletin.Tasks).ToList();
        var quarterly = !bulletin.FullYear;
        var figures = StatusFigures.KeyFigures(tasks, quarterly);
        var generatedAt = time.GetUtcNow().ToOffset(ChinaOffset);

        // Cover lists the main bulletin first, then every other one the report read (trend, previous quarter).
        var sources = sameYear.Where(s => !ReferenceEquals(s, main)).Prepend(main).Select(Describe).ToList();

        return new ReportDocument
        {
            Kind = kind,
            Year = year,
            Quarter = quarter,
            Title = title,
            PeriodLabel = periodLabel,
            GeneratedAt = generatedAt,
            Sources = sources,
            Figures = figures,
            StatusDistribution = StatusFigures.Distribution(tasks, quarterly),
            Units = UnitScoreboard.Build(tasks),
            QuarterSeries = sameYear.Count > 1 ? [.. sameYear.Select(s => StatusFigures.Point(s.Bulletin))] : [],
            NeedsAttention = AttentionList.Build(tasks, quarterly),
            NeedsCheck = AttentionList.Unclear(tasks, quarterly),
            InterimFigures = quarterly,
            Targets =
            [
                .. tasks.SelectMany(t => t.Targets.Select(q =>
                    new TargetRow(t.Number, q.Metric, q.Target, q.Actual, q.Unit, q.Ratio, q.Achieved, q.AtMost))),
            ],
            DataQuality = DataQualityCheck.Build(bulletin),
            Changes = changes,
            Appendix =
            [
                .. tasks.Select(t => new AppendixRow(
                    t.Number, t.Section, t.Text, TaskUnits.Of(t), t.Status, StatusLabels.Of(t.Status, quarterly),
                    BasisText.Describe(t.StatusBasis, quarterly), t.Progress, t.Remarks) { PartnerUnits = TaskUnits.PartnersOf(t) }),
            ],
            Metadata = new PdfMetadata(
                Title: title,
                Author: Author,
                Subject: $"{periodLabel}重点工作任务完成情况:共{figures.Tasks}项,已完成{figures.Completed}项,{StatusLabels.Of(figures.ShortfallStatus)}{figures.Statuses.Count(figures.ShortfallStatus)}项",
                Keywords: string.Join(", ", "芜湖", "重点工作任务", $"{year}年", kind == ReportKind.Annual ? "年度报告" : "季度报告", "完成情况"),
                Creator: Creator,
                CreationDate: generatedAt),
        };
    }

    private static SourceBulletin Describe(BulletinSource source) => new(
        source.Bulletin.Source,
        source.Sha256,
        source.Period.Key,
        PeriodText.Label(source.Period),
        source.Bulletin.Title,
        source.Bulletin.PublishedOn,
        source.Bulletin.Tasks.Count);

    /// <summary>Two bulletins for one period would make every figure ambiguous: refuse rather than pick one.</summary>
    private static List<BulletinSource> Checked(IEnumerable<BulletinSource> bulletins)
    {
        var list = bulletins.ToList();
        var duplicate = list.GroupBy(b => b.Period.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ReportInputException(
                $"Several bulletins for {duplicate.Key}: {string.Join(", ", duplicate.Select(b => b.Bulletin.Source))}; give one per period.");
        }

        return list;
    }
}
