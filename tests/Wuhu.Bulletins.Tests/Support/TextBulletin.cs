using System.Text;

namespace Wuhu.Bulletins.Tests.Support;

/// <summary>
/// Writes small bulletins in the layout of text copied out of the government web pages: page noise, the header
/// cells one per line, then each row's cells one paragraph per line with blank lines between, and an empty cell as
/// a line holding only a no-break space.
/// </summary>
public sealed class TextBulletin
{
    public const string EmptyCell = "  \u00A0";

    private readonly StringBuilder text = new();

    public TextBulletin(string title = "2024年一季度重点工作任务进展情况", string progressHeader = "一季度进展情况", bool numbered = true, bool remarks = true)
    {
        Line("logo");
        Line("联系我们:0553-0000000");
        Line(title);
        Line("首页 > 政务公开 > 重点工作");
        Line("2024-04-18 09:30 来源: 芜湖市政府督查室");
        Line("【字体:大 中 小】");
        if (numbered) Cell("序号");
        Cell("工作任务");
        Cell("牵头责任单位");
        Cell(progressHeader);
        if (remarks) Cell("备注");
    }

    /// <summary>Adds a row: its number cell as printed, then every other line given (task, units, progress…), then an empty remark.</summary>
    public TextBulletin Row(string? number, params string[] lines)
    {
        if (number is not null) Cell(number);
        foreach (var line in lines) Cell(line);
        text.Append(EmptyCell).Append("\n\n");
        return this;
    }

    /// <summary>Adds lines verbatim (no empty remark after them).</summary>
    public TextBulletin Raw(params string[] lines)
    {
        foreach (var line in lines) Cell(line);
        return this;
    }

    public override string ToString() => text.ToString();

    public byte[] Utf8() => Encoding.UTF8.GetBytes(text.ToString());

    private void Line(string line) => text.Append(line).Append("\n\n");

    private void Cell(string line) => text.Append("  ").Append(line).Append("\n\n");
}
