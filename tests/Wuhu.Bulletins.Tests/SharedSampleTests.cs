using System.Text;
using Xunit.Abstractions;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;
using Wuhu.Bulletins.Writing;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins.Tests;

/// <summary>
/// Acceptance on the real published 2023 bulletin (../shared/samples). It is not part of the repository: without
/// it these tests pass vacuously and say so in their output; the repository's own samples are tested separately.
/// </summary>
public class SharedSampleTests(ITestOutputHelper output)
{
    private static readonly Lazy<Bulletin?> Sample = new(() => SamplePaths.HasShared ? BulletinParser.ParseFile(SamplePaths.SharedAnnual2023) : null);

    private Bulletin? Annual()
    {
        if (Sample.Value is null) output.WriteLine($"SKIPPED: {SamplePaths.SharedAnnual2023} is not present");
        return Sample.Value;
    }

    [Fact]
    public void Has_129_tasks_for_2023_full_year_with_111_reported_missing()
    {
        if (Annual() is not { } b) return;
        Assert.Equal(129, b.Tasks.Count);
        Assert.Equal((2023, 4, true), (b.Year, b.Quarter, b.FullYear));
        Assert.Equal("2023年度重点工作任务完成情况", b.Title);
        Assert.Equal(new DateOnly(2024, 2, 5), b.PublishedOn);
        Assert.Equal("芜湖市人民政府", b.Publisher);
        var missing = Assert.Single(b.Warnings, w => w.Code == "missingNumber");
        Assert.Contains("111", missing.Message);
        Assert.Equal(130, b.Tasks[^1].Number);
        Assert.Equal([10, 46, 100, 117, 126], new[] { 10, 46, 100, 117, 126 }.Where(n => b.Tasks.Any(t => t.Number == n)));
    }

    [Fact]
    public void Unit_lists_of_tasks_1_73_87()
    {
        if (Annual() is not { } b) return;
        Assert.Equal(["市农业农村局", "市人社局"], Parse.Task(b, 1).LeadUnits);
        Assert.Equal(["三山经开区", "经开区", "市自规局", "市城管局"], Parse.Task(b, 73).LeadUnits);
        Assert.Equal(["市退役军人事务局"], Parse.Task(b, 87).LeadUnits);
    }

    [Theory]
    [InlineData(59, TaskStatus.Completed, "wholeTaskDone")]   // 已完成。
    [InlineData(30, TaskStatus.Completed, "wholeTaskDone")]   // 已于…全线建成通车 (建成宁芜高速改扩建工程)
    [InlineData(20, TaskStatus.Completed, "allDelivered")]    // …推广中心建成开馆
    [InlineData(45, TaskStatus.Completed, "allDelivered")]    // 新校区…顺利开学
    [InlineData(44, TaskStatus.Completed, "allDelivered")]    // 实现中小学心理健康教师全覆盖
    [InlineData(22, TaskStatus.Completed, "allDelivered")]    // 认定20家 against 20个
    [InlineData(103, TaskStatus.InProgress, "deliverableUnderway")] // 力争开工… / 正稳步推进中
    [InlineData(72, TaskStatus.Unclear, "noEvidence")]        // open-ended, only "各项工作正稳步推进中"
    [InlineData(108, TaskStatus.NotMet, "targetMissed")]      // 4 of 5 listings
    [InlineData(1, TaskStatus.Unclear, "partialYearOnly")]    // only 前三季度 figures
    [InlineData(37, TaskStatus.Ongoing, "openEndedActions")]  // 深化零基预算改革
    public void Statuses_the_issue_names(int number, TaskStatus status, string rule)
    {
        if (Annual() is not { } b) return;
        var task = Parse.Task(b, number);
        Assert.Equal((status, rule), (task.Status, task.StatusBasis!.Rule));
    }

    [Fact]
    public void Targets_of_58_84_108()
    {
        if (Annual() is not { } b) return;
        Assert.Equal([new QuantitativeTarget("新增公共停车泊位", 3500, 3847, "个")], Parse.Task(b, 58).Targets);
        Assert.Equal(
            [new QuantitativeTarget("新建健身步道", 90, 97.65m, "公里"), new QuantitativeTarget("百姓健身房", 27, 27, "个")],
            Parse.Task(b, 84).Targets);
        Assert.Equal(
            [new QuantitativeTarget("新增上市企业", 5, 4, "家"), new QuantitativeTarget("报会", 5, 7, "家")],
            Parse.Task(b, 108).Targets);
        Assert.Equal(TaskStatus.NotMet, Parse.Task(b, 108).Status);
    }

    [Fact]
    public void Every_task_has_text_units_and_progress_and_spaces_are_repaired()
    {
        if (Annual() is not { } b) return;
        Assert.All(b.Tasks, t =>
        {
            Assert.NotEmpty(t.Text);
            Assert.NotEmpty(t.LeadUnits);
            Assert.NotEmpty(t.Progress);
        });
        Assert.Equal("已完成。", Parse.Task(b, 71).Progress);
        Assert.Contains("惠及企业和个人7.4万人次", Parse.Task(b, 3).Progress);
    }

    [Fact]
    public void The_same_bulletin_as_docx_xlsx_html_and_gb18030_parses_to_the_same_tasks()
    {
        if (Annual() is not { } b) return;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb18030 = Encoding.GetEncoding("GB18030").GetBytes(File.ReadAllText(SamplePaths.SharedAnnual2023));
        var variants = new Dictionary<string, byte[]>
        {
            ["docx"] = BulletinWriter.Docx(b),
            ["xlsx"] = BulletinWriter.Xlsx(b),
            ["html"] = BulletinWriter.Html(b),
            ["gb18030"] = gb18030,
        };

        foreach (var (name, bytes) in variants)
        {
            var parsed = BulletinParser.Parse(bytes, $"wuhu-2023-annual.{name}");
            Assert.True(b.Tasks.SequenceEqual(parsed.Tasks, new TaskComparer()), $"{name} differs");
            Assert.Equal(b.Period, parsed.Period);
            Assert.Equal(b.Warnings.Select(w => w.Code), parsed.Warnings.Select(w => w.Code));
        }
    }
}
