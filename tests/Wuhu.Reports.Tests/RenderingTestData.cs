using System.Reflection;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Reports.Building;
using Wuhu.Reports.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Tests;

/// <summary>Reports for rendering tests: a synthetic 129-task year, and the real 2023 bulletin when present.</summary>
internal static class RenderingTestData
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 2, 0, 0, TimeSpan.Zero);

    // Real phrases with the characters that break naive renderers: 人/民/页 (radical look-alikes), 垾, 蕪, numbers.
    private static readonly string[] Phrases =
    [
        "居民人均可支配收入增长与地区生产总值增长同步,城乡收入比水平保持全省前列。",
        "全市农村常住居民人均可支配收入21356元,城乡收入比1.96,同比增长7.4万人次。",
        "推进新能源汽车产业集群建设,产值增长28.62%,GDP增速高于全省平均水平。",
        "加快蕪湖港、垾埂河道综合治理,完成2023年度防洪排涝工程建设任务。",
        "深化“一带一路”、RCEP经贸合作,大力开展“徽动全球•出海芜优”行动。",
        "实施《芜湖市城市更新专项规划(2022—2035)》,建立城市功能品质提升指标体系。",
    ];

    private static readonly string[] Units = ["市发改委", "市财政局", "市住建局", "市人社局", "市农业农村局", "市生态环境局", "市交通运输局", "市商务局", "市教育局", "市卫生健康委"];

    public static string? RepoRoot => typeof(RenderingTestData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "WuhuRepoRoot")?.Value;

    /// <summary>The real 2023 bulletin next to the repository (../shared/samples), when this machine has it.</summary>
    public static string? Annual2023Sample =>
        RepoRoot is { } root && Path.GetFullPath(Path.Combine(root, "..", "shared", "samples", "wuhu-2023-annual.txt")) is var path && File.Exists(path)
            ? path
            : null;

    public static ReportBuilder Builder() => new(new FixedTime(Now));

    public static ReportDocument SyntheticAnnual(int tasks = 129) =>
        Builder().BuildAnnual(2023, [new BulletinSource(SyntheticBulletin(tasks, 4, fullYear: true), new string('a', 64))]);

    /// <summary>Q3 of 2023 with Q2 before it: some tasks completed since, one new task.</summary>
    public static ReportDocument SyntheticQuarterly()
    {
        var q2 = SyntheticBulletin(40, 2, fullYear: false, shift: 1);
        var q3 = SyntheticBulletin(41, 3, fullYear: false);
        return Builder().BuildQuarterly(2023, 3, [new BulletinSource(q2, new string('b', 64)), new BulletinSource(q3, new string('c', 64))]);
    }

    private static Bulletin SyntheticBulletin(int tasks, int quarter, bool fullYear, int shift = 0)
    {
        var statuses = new[] { TaskStatus.Completed, TaskStatus.Completed, TaskStatus.Completed, TaskStatus.InProgress, TaskStatus.NotMet, TaskStatus.Unclear };
        var list = Enumerable.Range(1, tasks).Select(n => new BulletinTask
        {
            Number = n,
            Section = n <= tasks / 2 ? "一、稳增长" : "二、惠民生",
            Text = $"第{n}项:" + Phrases[n % Phrases.Length],
            LeadUnits = n % 7 == 0 ? [Units[n % Units.Length], Units[(n + 3) % Units.Length]] : [Units[n % Units.Length]],
            Progress = string.Concat(Enumerable.Repeat(Phrases[(n + 2) % Phrases.Length], 1 + (n % 4))),
            ProgressByUnit = [],
            Status = statuses[(n + shift) % statuses.Length],
            Targets = n % 10 == 0 ? [new QuantitativeTarget("新增停车泊位", 5000m, n % 20 == 0 ? 4200m : 5200m, "个")] : [],
        }).ToList();
        return new Bulletin
        {
            Source = fullYear ? "wuhu-2023-annual.txt" : $"wuhu-2023-q{quarter}.txt",
            Format = BulletinFormat.Text,
            Title = "2023年度重点工作任务完成情况",
            Year = 2023,
            Quarter = quarter,
            FullYear = fullYear,
            PublishedOn = fullYear ? new DateOnly(2024, 2, 5) : new DateOnly(2023, quarter * 3, 28),
            Tasks = list,
            Warnings = [],
        };
    }

    public static ReportDocument? RealAnnual()
    {
        if (Annual2023Sample is not { } path)
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var bulletin = BulletinParser.Parse(bytes, Path.GetFileName(path));
        return Builder().BuildAnnual(bulletin.Year, [BulletinSource.FromBytes(bulletin, bytes)]);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
