using System.Globalization;
using Wuhu.Bulletins.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins.Synthetic;

/// <summary>
/// Realistic synthetic bulletins for benchmarks and scale tests: units from a real-looking list, multi-paragraph
/// progress, quantitative targets with actuals that grow through the year, and the quirks the parser handles
/// (spaced numbers, stray spaces, "2.." items, per-unit progress). Deterministic for a seed.
/// </summary>
public static class SyntheticBulletin
{
    private static readonly string[] Units =
    [
        "市发改委", "市经信局", "市教育局", "市科技局", "市民政局", "市司法局", "市财政局", "市人社局", "市自规局", "市生态环境局",
        "市住建局", "市交通运输局", "市水务局", "市农业农村局", "市商务局", "市文旅局", "市卫健委", "市退役军人事务局", "市应急管理局",
        "市审计局", "市国资委", "市市场监管局", "市体育局", "市统计局", "市医保局", "市城管局", "市数据资源局", "市金融局", "市林业局",
        "市委编办", "市政府办公室", "市投促中心", "市产创中心", "市人才集团", "市宜居公司", "市轨道交通公司", "三山经开区", "江北新区",
        "湾沚区", "繁昌区", "南陵县", "无为市政府",
    ];

    private sealed record Template(string Before, string After, string Unit, decimal Min, decimal Max, int Decimals);

    private static readonly Template[] Quantified =
    [
        new("新增公共停车泊位", "", "个", 1000, 6000, 0), new("新建健身步道", "", "公里", 20, 120, 0), new("森林覆盖率达", "", "%", 25, 35, 1),
        new("新增上市企业", "", "家", 3, 12, 0), new("改造老旧小区", "", "个", 40, 160, 0), new("新增城镇就业", "", "万人", 3, 8, 1),
        new("建成5G基站", "", "个", 800, 3000, 0), new("完成农村人居环境整治村庄", "", "个", 50, 200, 0), new("新增托位", "", "个", 2000, 8000, 0),
        new("培育省级专精特新中小企业", "", "家", 30, 120, 0), new("新建公共充电桩", "", "个", 500, 4000, 0), new("实施城市更新项目", "", "个", 5, 20, 0),
    ];

    private static readonly string[] Verbs = ["深化", "推进", "加快", "持续推动", "全面实施", "扎实开展", "健全完善", "大力发展"];

    private static readonly string[] Subjects =
    [
        "“放管服”改革,优化营商环境", "数字政府建设,提升政务服务效能", "长三角一体化发展合作", "新型城镇化建设", "科技创新平台建设",
        "乡村振兴重点工作", "生态环境突出问题整改", "公共文化服务体系建设", "基层医疗卫生服务能力提升", "安全生产专项整治",
        "教育资源均衡配置", "养老服务体系建设", "城市精细化管理", "重点项目谋划储备", "对外开放平台建设", "企业上市培育工作",
    ];

    private static readonly string[] Ongoing = ["正稳步推进中。", "各项工作有序推进。", "正在加快推进。", "正积极推进相关工作。"];
    private static readonly string[] Done = ["已完成年度任务。", "已全部完成。", "已于12月底完成。"];

    public static Bulletin Generate(int tasks, int year, int quarter, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tasks);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var random = new Random(seed);
        var fullYear = quarter == 4;
        var list = new List<BulletinTask>(tasks);
        for (var number = 1; number <= tasks; number++)
        {
            list.Add(MakeTask(random, number, quarter, fullYear));
        }

        var label = fullYear ? $"{year}年度" : $"{year}年{"一二三"[quarter - 1]}季度";
        return new Bulletin
        {
            Source = $"synthetic-{year}-q{quarter}.txt",
            Format = BulletinFormat.Text,
            Title = $"{label}重点工作任务{(fullYear ? "完成" : "进展")}情况",
            Year = year,
            Quarter = quarter,
            FullYear = fullYear,
            PublishedOn = fullYear ? new DateOnly(year + 1, 1, 28) : new DateOnly(year, quarter * 3 + 1, 20),
            Publisher = "芜湖市人民政府",
            ProgressHeader = fullYear ? $"{year}年全年完成情况" : $"{"一二三"[quarter - 1]}季度工作进展",
            Tasks = list,
            Warnings = [],
        };
    }

    /// <summary>How a generated task number is printed: mostly plain, sometimes with the stray spaces real bulletins have.</summary>
    public static string PrintedNumber(BulletinTask task) => (task.Number % 17) switch
    {
        3 when task.Number >= 10 => string.Join(' ', task.Number.ToString(CultureInfo.InvariantCulture).ToCharArray()),
        5 => $"({task.Number})",
        _ => task.Number.ToString(CultureInfo.InvariantCulture),
    };

    private static BulletinTask MakeTask(Random random, int number, int quarter, bool fullYear)
    {
        var units = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Units[random.Next(Units.Length)]).Distinct().ToList();
        var share = quarter / 4m;
        var paragraphs = new List<string>();
        string text;
        var status = TaskStatus.InProgress;
        if (random.NextDouble() < 0.55)
        {
            var template = Quantified[random.Next(Quantified.Length)];
            var target = Math.Round(template.Min + (decimal)random.NextDouble() * (template.Max - template.Min), template.Decimals);
            var outcome = random.NextDouble();
            var reached = template.Unit == "%" ? target * (0.97m + 0.05m * (decimal)outcome) : target * share * (0.8m + 0.35m * (decimal)outcome);
            var actual = Math.Round(reached, template.Decimals + (template.Unit == "%" ? 1 : 0));
            text = $"{Verbs[random.Next(Verbs.Length)]}{Subjects[random.Next(Subjects.Length)]},{template.Before}{Format(target)}{template.Unit}。";
            paragraphs.Add($"1.{template.Before.TrimEnd('达')}{Format(actual)}{template.Unit}。");
            status = fullYear && actual >= target ? TaskStatus.Completed : TaskStatus.InProgress;
        }
        else
        {
            text = $"{Verbs[random.Next(Verbs.Length)]}{Subjects[random.Next(Subjects.Length)]}。";
            paragraphs.Add($"1.召开专题推进会{random.Next(2, 9)}次,印发工作方案,明确责任分工。");
            status = fullYear && random.NextDouble() < 0.7 ? TaskStatus.Completed : TaskStatus.InProgress;
        }

        // Stray spaces and a doubled item dot, as copied from the published pages.
        paragraphs.Add(random.NextDouble() < 0.3 ? "2..建立 工作台账,按月 调度推进。" : "2.建立工作台账,按月调度推进。");
        paragraphs.Add(status == TaskStatus.Completed ? Done[random.Next(Done.Length)] : Ongoing[random.Next(Ongoing.Length)]);
        var progress = units.Count > 1 && random.NextDouble() < 0.2
            ? string.Join("\n", units.SelectMany((u, i) => new[] { u, i == 0 ? string.Join("\n", paragraphs) : paragraphs[^1] }))
            : string.Join("\n", paragraphs);

        return new BulletinTask
        {
            Number = number,
            Text = text,
            LeadUnits = units,
            Progress = progress,
            ProgressByUnit = [],
            Status = status,
            Targets = [],
        };
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
