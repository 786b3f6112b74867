using System.Text;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Writes bulletins in the layout of text copied out of a web page (each cell paragraph a line, blank lines
/// between, an empty cell as a no-break space) so that tests can put hostile lines exactly where they want them.
/// </summary>
internal sealed class TextTable
{
    public const string EmptyCell = "  \u00A0";
    public static readonly string[] Footer = ["【打印本页】【关闭窗口】", "相关链接", "版权所有:芜湖市人民政府办公室 皖ICP备05001234号"];

    private readonly StringBuilder text = new();
    private readonly bool remarks;
    private readonly bool numbered;

    public TextTable(string title = "2024年一季度重点工作任务进展情况", string progressHeader = "一季度进展情况", bool numbered = true, bool remarks = true)
    {
        this.remarks = remarks;
        this.numbered = numbered;
        Title = title;
        Line("logo");
        Line(title);
        Line("首页 > 政务公开 > 重点工作");
        Line("2024-04-18 09:30 来源: 芜湖市政府督查室");
        Header(numbered, progressHeader);
    }

    public string Title { get; }

    public TextTable Header(bool numbered = true, string progressHeader = "一季度进展情况")
    {
        if (numbered) Cell("序号");
        Cell("工作任务");
        Cell("牵头责任单位");
        Cell(progressHeader);
        if (remarks) Cell("备注");
        return this;
    }

    public static string TaskText(int n) => $"推进重点项目{n}建设,年内完成投资{n * 10}亿元";

    public static string Progress(int n) => $"项目{n}正稳步推进,已完成投资{n * 3}亿元。";

    /// <summary>A standard row n; <paramref name="progress"/> replaces its progress paragraphs when given.</summary>
    public TextTable Row(int n, params string[] progress) => Row(numbered ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null, n, progress);

    public TextTable Row(string? number, int n, params string[] progress)
    {
        if (number is not null) Cell(number);
        Cell(TaskText(n));
        Cell("市发改委");
        foreach (var line in progress.Length == 0 ? [Progress(n)] : progress) Cell(line);
        if (remarks) text.Append(EmptyCell).Append("\n\n");
        return this;
    }

    public TextTable Rows(int from, int to)
    {
        for (var n = from; n <= to; n++) Row(n);
        return this;
    }

    public TextTable Raw(params string[] lines)
    {
        foreach (var line in lines) Line(line);
        return this;
    }

    public TextTable WithFooter() => Raw(Footer);

    public override string ToString() => text.ToString();

    public byte[] Utf8() => Encoding.UTF8.GetBytes(text.ToString());

    public Bulletin Parse(string name = "bulletin.txt") => BulletinParser.Parse(Utf8(), name);

    private void Line(string line) => text.Append(line).Append("\n\n");

    private void Cell(string line) => text.Append("  ").Append(line).Append("\n\n");
}
