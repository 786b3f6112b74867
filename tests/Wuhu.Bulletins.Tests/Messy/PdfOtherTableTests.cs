using Xunit.Abstractions;
using static Wuhu.Bulletins.Tests.Messy.PrintedPage;

namespace Wuhu.Bulletins.Tests.Messy;

/// <summary>
/// Issue 12, item 3, for PDF: another table after the bulletin (a summary, a numbered annex, a signature block,
/// on the same page or the next) is named in an "otherTable" warning and never merged into the last task.
/// </summary>
public sealed class PdfOtherTableTests(ITestOutputHelper output)
{
    private const string Summary = "<table><tr><th>类别</th><th>任务数</th><th>占比</th></tr><tr><td>已完成</td><td>4</td><td>66.7%</td></tr><tr><td>正在推进</td><td>2</td><td>33.3%</td></tr></table>";

    public static readonly Dictionary<string, (string After, string FirstCell)> Others = new()
    {
        ["summary table with a caption"] = ("<p>附表:任务完成情况汇总</p>" + Summary, "类别"),
        ["summary table right under it"] = (Summary, "类别"),
        ["summary table on the next page"] = ("<div style=\"break-before:page\"></div>" + Summary, "类别"),
        ["numbered annex table"] = ("<p>附件:重点项目清单</p><table><tr><th>序号</th><th>项目名称</th><th>总投资(亿元)</th></tr><tr><td>1</td><td>城南污水处理厂</td><td>3.2</td></tr><tr><td>2</td><td>江北快速路</td><td>12.8</td></tr></table>", "序号"),
        ["summary table with a caption, no borders anywhere"] = ("<p>附表:任务完成情况汇总</p>" + Summary, "类别"),
        ["signature block without borders"] = ("<table style=\"margin-top:24pt\"><tr><td style=\"border:none\">审核人:张三</td><td style=\"border:none\">填表人:李四</td><td style=\"border:none\">联系电话:0553-1234567</td></tr><tr><td style=\"border:none\">签发:王五</td><td style=\"border:none\"></td><td style=\"border:none\">2024年4月20日</td></tr></table>", "审核人"),
    };

    public static TheoryData<string> OtherNames => [.. Others.Keys];

    [Theory]
    [MemberData(nameof(OtherNames))]
    public void Another_table_after_the_bulletin_is_named_not_merged(string other)
    {
        var tasks = Tasks(1, 6);
        var (after, firstCell) = Others[other];
        var pdf = Print(Preamble + Table(tasks) + after, new PrintOptions { Borders = !other.Contains("no borders anywhere", StringComparison.Ordinal) });

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        var warning = Assert.Single(parsed.Warnings, w => w.Code == "otherTable");
        Assert.Contains(firstCell, warning.Message);
        Assert.All(parsed.Warnings, w => Assert.Contains(w.Code, new[] { "otherTable", "unplacedText" }));
        MessyPdf.AssertNoTaskHolds(parsed, "类别", "已完成4", "审核人", "项目名称", "城南污水处理厂");
    }
}
