using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Testing;

/// <summary>Hand-built bulletins for storage tests (independent of the parser).</summary>
public static class TestBulletins
{
    public static Bulletin Create(int year = 2023, int quarter = 4, bool fullYear = true, int tasks = 3,
        DateOnly? publishedOn = null, string source = "test.txt", string? title = null, Func<int, string>? progress = null) => new()
    {
        Source = source,
        Format = BulletinFormat.Text,
        Title = title ?? $"{year}年重点工作任务完成情况",
        Year = year,
        Quarter = quarter,
        FullYear = fullYear,
        PublishedOn = publishedOn ?? new DateOnly(year + 1, 1, 15),
        Publisher = "芜湖市人民政府办公室",
        ProgressHeader = $"{year}年全年完成情况",
        PeriodSource = "title",
        Tasks = Enumerable.Range(1, tasks).Select(n => new BulletinTask
        {
            Number = n,
            Section = n % 2 == 0 ? "一、推动高质量发展" : null,
            Text = $"任务{n}：新增公共停车泊位{n * 100}个",
            LeadUnits = ["市住建局", $"单位{n}"],
            Progress = progress?.Invoke(n) ?? $"已完成。新增公共停车泊位{n * 110}个。\n第二段。",
            ProgressByUnit = [new UnitProgress("市住建局", $"完成{n}项")],
            Remarks = n == 1 ? "备注" : null,
            Status = n % 3 == 0 ? TaskStatus.InProgress : TaskStatus.Completed,
            Targets = [new QuantitativeTarget("新增公共停车泊位", n * 100, n * 110, "个")],
        }).ToList(),
        Warnings = [new ParseWarning("missingNumber", "第3行缺少序号")],
    };

    /// <summary>Compares bulletins by their JSON (records with lists compare lists by reference).</summary>
    public static string Json(Bulletin bulletin) => BulletinJson.Serialize(bulletin);
}
