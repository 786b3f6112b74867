using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;
using Wuhu.Storage;

namespace Wuhu.Web.Api;

/// <summary>A period's tasks with the previous quarter's statuses, the status counts and the units to filter by.</summary>
public sealed record TaskPage(
    string Period,
    string Label,
    bool FullYear,
    string SourceBlob,
    string? PreviousPeriod,
    string? PreviousLabel,
    IReadOnlyList<StatusCountView> Statuses,
    IReadOnlyList<string> Units,
    IReadOnlyList<TaskView> Tasks);

public sealed record StatusCountView(string Status, string Label, int Count);

public static class TaskPages
{
    public static async Task<TaskPage?> LoadAsync(PublishedPeriodReader reader, string periodKey, CancellationToken cancellationToken)
    {
        var current = await reader.GetPeriodAsync(periodKey, cancellationToken);
        if (current is null)
        {
            return null;
        }

        var previousKey = PreviousKey(current.Year, current.Quarter);
        var previous = await reader.GetPeriodAsync(previousKey, cancellationToken);
        return Build(current, previous);
    }

    /// <summary>Every stored period of a year, in order (the Excel export of a year).</summary>
    public static async Task<List<TaskPage>> LoadYearAsync(PublishedPeriodReader reader, int year, CancellationToken cancellationToken)
    {
        var pages = new List<TaskPage>();
        foreach (var period in await reader.ListPeriodsAsync(year, cancellationToken))
        {
            pages.Add(Build(period, null));
        }

        return pages;
    }

    /// <summary>The quarter before: Q1's is the previous year's Q4 (full-year or not).</summary>
    public static string PreviousKey(int year, int quarter) => quarter == 1 ? $"{year - 1}-Q4" : $"{year}-Q{quarter - 1}";

    private static TaskPage Build(PublishedPeriod current, PublishedPeriod? previous)
    {
        var tasks = current.Bulletin.Tasks;
        var pairs = previous is null ? null : TaskPairing.PreviousOf(previous.Bulletin.Tasks, tasks);
        var views = tasks.Select(t => TaskView.Of(t, pairs?.GetValueOrDefault(t), pairs is not null, current.FullYear, previous?.FullYear ?? false)).ToList();
        var statuses = StatusLabels.Ordered
            .Select(s => new StatusCountView(s.ToString(), TaskFacts.StatusLabel(s, current.FullYear), tasks.Count(t => t.Status == s)))
            .ToList();
        var units = tasks.SelectMany(t => t.LeadUnits.Concat(TaskFacts.PartnerUnits(t)))
            .GroupBy(u => u, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
        return new TaskPage(
            current.PeriodKey,
            PeriodLabels.OfKey(current.PeriodKey, current.FullYear),
            current.FullYear,
            current.SourceBlob,
            previous?.PeriodKey,
            previous is null ? null : PeriodLabels.OfKey(previous.PeriodKey, previous.FullYear),
            statuses,
            units,
            views);
    }
}
