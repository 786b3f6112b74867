using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;

namespace Wuhu.Bulletins.Tests;

public class TargetTests
{
    private static IReadOnlyList<QuantitativeTarget> TargetsOf(string task, string progress) =>
        Parse.Task(Parse.Text(new TextBulletin().Row("1", task, "市发改委", progress)), 1).Targets;

    [Fact]
    public void A_count_target_is_matched_with_the_same_measure_in_progress()
    {
        var target = Assert.Single(TargetsOf("新增公共停车泊位3500个。", "新增公共停车泊位3847个。"));
        Assert.Equal(new QuantitativeTarget("新增公共停车泊位", 3500, 3847, "个"), target);
        Assert.True(target.Achieved);
    }

    [Fact]
    public void A_percentage_target_strips_the_verb()
    {
        var target = Assert.Single(TargetsOf("森林覆盖率达28.6%。", "全市森林覆盖率达28.62%。"));
        Assert.Equal(new QuantitativeTarget("森林覆盖率", 28.6m, 28.62m, "%"), target);
    }

    [Fact]
    public void Several_targets_in_one_task_each_find_their_own_actual()
    {
        var targets = TargetsOf("新建健身步道90公里、百姓健身房27个。", "2023年,我市共完成新建健身步道97.65公里,新建百姓健身房27个。");

        Assert.Equal(
            [new QuantitativeTarget("新建健身步道", 90, 97.65m, "公里"), new QuantitativeTarget("百姓健身房", 27, 27, "个")],
            targets);
    }

    [Fact]
    public void The_actual_may_put_the_number_before_the_measure()
    {
        var targets = TargetsOf("力争新增上市企业5家、报会5家。", "2023年,我市新增4家上市企业,7家企业报会。");

        Assert.Equal([4m, 7m], targets.Select(t => t.Actual));
        Assert.Equal([false, true], targets.Select(t => t.Achieved));
    }

    [Fact]
    public void A_ceiling_is_met_when_the_actual_stays_below()
    {
        var target = Assert.Single(TargetsOf("城镇调查失业率控制在5.5%以内。", "城镇调查失业率5.1%。"));
        Assert.True(target.AtMost);
        Assert.True(target.Achieved);
    }

    [Fact]
    public void No_actual_in_the_same_unit_leaves_it_unknown()
    {
        var target = Assert.Single(TargetsOf("完成55个菜市改造升级。", "已完成。"));
        Assert.Equal("菜市改造升级", target.Metric);
        Assert.Null(target.Actual);
        Assert.Null(target.Achieved);
    }

    [Fact]
    public void Numbers_in_quoted_names_and_years_are_not_targets() =>
        Assert.Empty(TargetsOf("推深做实“1%工作法”,2023年完成。", "2023年已完成。"));

    [Fact]
    public void Latin_tokens_with_digits_stay_in_the_measure() =>
        Assert.Equal("5G基站", Assert.Single(TargetsOf("建成5G基站2000个。", "建成5G基站2105个。")).Metric);

    [Fact]
    public void Quantities_read_by_hand_as_their_regex()
    {
        // Numbers with and without decimals, every unit (and the longer units that start or end like a shorter one),
        // points, full-width and Arabic-Indic digits, and Han text around them, combined at random.
        string[] pieces =
        [
            "1", "12", "3.5", "0.25", ".", "..", "１２", "٣", "万平方米", "平方米", "平方公里", "公里", "千米", "个百分点", "百分点",
            "万人次", "人次", "万人", "人", "万户", "户", "亩", "公顷", "万千瓦", "千瓦", "兆瓦", "万吨", "亿元", "万元", "元", "个", "家",
            "场次", "场", "万株", "株", "%", "公斤", "千克", "米", "项目", "新增", "以上", ",", "“", "年", "5G", "平方", "万",
        ];
        var random = new Random(13);
        for (var n = 0; n < 30_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Wuhu.Bulletins.Normalization.TargetExtractor.Quantity().EnumerateMatches(text).GetEnumerator();
            var at = Wuhu.Bulletins.Normalization.TargetExtractor.NextQuantity(text, 0, out var length, out _);
            while (expected.MoveNext())
            {
                Assert.True((expected.Current.Index, expected.Current.Length) == (at, length), text);
                at = Wuhu.Bulletins.Normalization.TargetExtractor.NextQuantity(text, at + length, out length, out _);
            }

            Assert.True(at == -1, text);
        }
    }
}
