using System.Globalization;
using Wuhu.Bulletins.Model;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Web.Api;

/// <summary>
/// How the page and the Excel export word a task's status and its basis, in one place so they agree:
/// labels as in the reports (a quarter's 推进中 reads 达序时: underway and on schedule), the basis as the
/// quoted phrase or the target comparison that decided it.
/// </summary>
public static class TaskFacts
{
    public static string StatusLabel(TaskStatus status, bool fullYear) =>
        status == TaskStatus.InProgress && !fullYear ? "达序时" : StatusLabels.Of(status);

    public static string? Basis(BulletinTask task)
    {
        if (task.StatusBasis is not { } basis)
        {
            return null;
        }

        var quoted = string.IsNullOrWhiteSpace(basis.Phrase) ? null : $"“{basis.Phrase}”";
        var compared = basis.Comparison is { } c ? Comparison(c, basis.Kind == StatusBasisKind.Schedule) : null;
        return basis.Kind switch
        {
            StatusBasisKind.None => "进展中没有能判断完成与否的表述",
            StatusBasisKind.Phrase => quoted is null ? null : $"原文{quoted}",
            StatusBasisKind.Deliverable => quoted is null ? "进展中报告了任务所列成果" : $"成果已报告:{quoted}",
            StatusBasisKind.OpenEnded => quoted is null ? "持续性任务,已报告具体举措" : $"持续性任务,已报告举措:{quoted}",
            _ => string.Join(";", new[] { compared, quoted is null ? null : $"原文{quoted}" }.Where(s => s is not null)) is { Length: > 0 } text ? text : null,
        };
    }

    /// <summary>"新增公共停车泊位:实际 2380个 / 目标 3000个,完成 79%(序时应达 75%)".</summary>
    private static string Comparison(TargetComparison c, bool schedule)
    {
        var text = $"{c.Metric}:实际 {Number(c.Actual)}{c.Unit} / 目标 {Number(c.Target)}{c.Unit}{(c.AtMost ? "以内" : "")}";
        if (!c.AtMost)
        {
            text += $",完成 {c.Share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal)}";
        }

        return schedule || c.ExpectedShare < 1
            ? text + $"(序时应达 {c.ExpectedShare.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal)})"
            : text;
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Cooperating units (协同/配合单位), canonical names like the lead units.</summary>
    public static IReadOnlyList<string> PartnerUnits(BulletinTask task) => task.PartnerUnits;
}
