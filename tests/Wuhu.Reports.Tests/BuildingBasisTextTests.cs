using Wuhu.Bulletins.Model;
using Wuhu.Reports.Building;

namespace Wuhu.Reports.Tests;

/// <summary>A status's evidence as a manager reads it, in Chinese.</summary>
public class BuildingBasisTextTests
{
    [Theory]
    [InlineData(StatusBasisKind.Phrase, "statedShortfall", "项目顺延至明年", "表述为未完成或滞后:“项目顺延至明年”")]
    [InlineData(StatusBasisKind.Phrase, "partialYearOnly", "前三季度完成投资80亿元", "只有部分年度的数据:“前三季度完成投资80亿元”")]
    [InlineData(StatusBasisKind.Deliverable, "allDelivered", "12月29日全线建成通车", "任务成果均已报告完成:“12月29日全线建成通车”")]
    [InlineData(StatusBasisKind.OpenEnded, "openEndedActions", "开展专项检查12次", "持续性任务,无明确完成标准;已报告举措:“开展专项检查12次”")]
    [InlineData(StatusBasisKind.None, "deliverableUnreported", "未见报告:新增城市绿道", "完成情况中未见报告:“新增城市绿道”")]
    [InlineData(StatusBasisKind.Deliverable, "someFutureRule", "建成开馆", "任务成果的完成情况:“建成开馆”")]
    public void A_quoted_phrase_is_introduced_by_what_it_shows(StatusBasisKind kind, string rule, string phrase, string expected)
    {
        Assert.Equal(expected, BasisText.Describe(new StatusBasis(kind, rule, phrase), quarterly: false));
    }

    [Fact]
    public void Nothing_decided_and_no_basis_at_all_say_so()
    {
        Assert.Equal("完成情况中没有能判断完成与否的表述。", BasisText.Describe(StatusBasis.Nothing("noEvidence"), quarterly: false));
        Assert.Equal("未记录判定依据(旧数据)。", BasisText.Describe(null, quarterly: true));
    }

    [Fact]
    public void Comparisons_read_as_target_actual_and_share_with_the_share_due_mid_year()
    {
        var parking = new TargetComparison("新增泊位", 3000m, 2380m, "个", false, 2380m / 3000m, 0.75m);
        Assert.Equal("新增泊位:目标3000个,实际2380个,完成79.3%", BasisText.Comparison(parking with { ExpectedShare = 1m }, quarterly: false));
        Assert.Equal("新增泊位:目标3000个,目前2380个,完成79.3%,序时进度应达75.0%", BasisText.Comparison(parking, quarterly: true));
    }

    [Fact]
    public void A_ceiling_reads_as_met_or_missed_with_its_margin_not_a_ratio()
    {
        var unemployment = new TargetComparison("城镇调查失业率", 5.5m, 5.1m, "%", true, 5.1m / 5.5m, 1m);
        Assert.Equal("城镇调查失业率:上限5.5%,实际5.1%,达成,低于上限0.4个百分点", BasisText.Comparison(unemployment, quarterly: false));
        Assert.Equal("上限3万吨,实际3.2万吨,未达成,超出上限0.2万吨", BasisText.Ceiling(3m, 3.2m, "万吨"));
        Assert.Equal("上限3%,实际3%,达成,恰好等于上限", BasisText.Ceiling(3m, 3m, "%"));
    }
}
