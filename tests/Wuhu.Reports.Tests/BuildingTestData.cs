using Wuhu.Bulletins.Model;
using Wuhu.Reports.Building;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Tests;

/// <summary>Hand-built bulletins for report-building tests.</summary>
internal static class BuildingTestData
{
    public static readonly DateTimeOffset Now = new(2024, 3, 1, 2, 0, 0, TimeSpan.Zero);

    public static ReportBuilder Builder() => new(new FixedTime(Now));

    public static BulletinTask Task(int number, TaskStatus status, string[] units, string? text = null, params QuantitativeTarget[] targets) => new()
    {
        Number = number,
        Section = number <= 2 ? "一、稳增长" : "二、惠民生",
        Text = text ?? $"任务{number}的内容",
        LeadUnits = units,
        Progress = $"任务{number}的进展。",
        ProgressByUnit = [],
        Status = status,
        Targets = targets,
    };

    public static BulletinSource Source(int year, int quarter, bool fullYear, params BulletinTask[] tasks) => new(
        new Bulletin
        {
            Source = fullYear ? $"wuhu-{year}-annual.txt" : $"wuhu-{year}-q{quarter}.txt",
            Format = BulletinFormat.Text,
            Title = $"{year}年重点工作任务完成情况",
            Year = year,
            Quarter = quarter,
            FullYear = fullYear,
            PublishedOn = new DateOnly(year, quarter * 3, 28),
            Tasks = tasks,
            Warnings = [],
        },
        new string((char)('a' + quarter), 64));

    /// <summary>Five tasks, two led jointly, one with a missed target, one with a target and no actual.</summary>
    public static BulletinSource Annual2023() => Source(2023, 4, true,
        Task(3, TaskStatus.InProgress, ["市发改委"]) with { StatusBasis = new StatusBasis(StatusBasisKind.Phrase, "underway", "主体工程正在加快建设") },
        Task(1, TaskStatus.Completed, ["市发改委", "市财政局"], "新增停车泊位5000个", new QuantitativeTarget("新增停车泊位", 5000m, 5200m, "个")),
        Task(2, TaskStatus.NotMet, ["市财政局"], "完成投资100亿元", new QuantitativeTarget("投资", 100m, 84m, "亿元")) with
        {
            StatusBasis = new StatusBasis(StatusBasisKind.Target, "targetMissed", Comparison: new TargetComparison("投资", 100m, 84m, "亿元", false, 0.84m, 1m)),
        },
        Task(4, TaskStatus.Completed, ["市住建局", "市发改委"], "改造老旧小区50个", new QuantitativeTarget("老旧小区改造", 50m, 40m, "个")),
        Task(5, TaskStatus.Unclear, ["市住建局"], "绿化覆盖率达到45%", new QuantitativeTarget("绿化覆盖率", 45m, null, "%")) with
        {
            StatusBasis = new StatusBasis(StatusBasisKind.None, "partialYear", "前三季度绿化覆盖率44%"),
        });

    public sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
