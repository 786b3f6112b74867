using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Tests;

/// <summary>Web-page furniture is told apart from cell text, whitespace inside its words or not.</summary>
public class PageNoiseTests
{
    [Theory]
    [InlineData("【打印本页】【关闭窗口】")]
    [InlineData("  【 打 印 本 页 】 【关闭 窗口】 ")]
    [InlineData("相 关 链 接")]
    [InlineData("主办单位:芜湖市人民政府办公室,承办单位:芜湖市数据资源局")]
    [InlineData("皖ICP备 05001234号")]
    [InlineData("上一篇 下一篇")]
    public void Footers_are_found(string line) => Assert.True(PageNoise.IsFooter(line));

    [Theory]
    [InlineData("")]
    [InlineData("  \u00A0")]
    [InlineData("已出台相关文件2份,正在推进。")]
    [InlineData("已出台相关文件2份,正在推进")]
    [InlineData("正积极推进相关工作。")]
    [InlineData("相关 链接。")]
    [InlineData("市宜居公司")]
    [InlineData("主要工作已完成")]
    [InlineData("打 开")]
    public void Cell_text_is_no_footer(string line) => Assert.False(PageNoise.IsFooter(line));
}
