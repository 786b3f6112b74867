using System.Text;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Tests.Layouts;

/// <summary>
/// "Every line lands somewhere" on every text layout: each cell line of a written bulletin (labels, delimiters and
/// task numbers aside) is found in a task field or a warning of the parse.
/// </summary>
public partial class LayoutNoTextDroppedTests
{
    [GeneratedRegex(@"^(\d{1,4}[.、]|[^:：]{1,16}[:：])")]
    private static partial Regex NumberOrLabel();

    [Theory]
    [InlineData("annual2024", "tsv")]
    [InlineData("annual2024", "pipe")]
    [InlineData("annual2024", "list")]
    [InlineData("annual2024", "cells-no-number-header")]
    [InlineData("list2021", "tsv")]
    [InlineData("list2021", "pipe")]
    [InlineData("list2021", "list")]
    [InlineData("list2021", "source")]
    public void Every_line_is_placed(string source, string layout)
    {
        var text = layout == "source" ? LayoutSamples.ListBulletin : Encoding.UTF8.GetString(LayoutSamples.Write(LayoutSamples.Source(source), layout));
        var bulletin = BulletinParser.Parse(Encoding.UTF8.GetBytes(text), "b.txt");
        var placed = string.Join("\n", bulletin.Tasks.SelectMany(Fields).Concat(bulletin.Warnings.Select(w => w.Message)));

        var checkedLines = 0;
        var lines = text.Split('\n');
        var cells = lines.Skip(Array.FindIndex(lines, l => l.Contains("来源")) + 1) // page noise, title and dateline
            .SelectMany(l => l.Split('\t', '|')).SelectMany(c => c.Split("<br>")).Select(c => c.Trim().Trim('"'));
        foreach (var cell in cells)
        {
            var line = TextCleaner.CleanLine(cell);
            if (line.Length == 0 || line == "---" || TaskNumber.TryParse(line, out _) || line.StartsWith("【打印") || line.StartsWith("【字体") || IsHeaderCell(line)) continue;
            var content = NumberOrLabel().Match(line) is { Success: true } prefix && !placed.Contains(line) ? line[prefix.Length..] : line;
            content = content.TrimEnd('。');
            if (content.Length == 0) continue;
            Assert.True(placed.Contains(content), $"{layout}: line not placed anywhere: \"{line}\"");
            checkedLines++;
        }

        Assert.True(checkedLines > bulletin.Tasks.Count * 3, $"only {checkedLines} lines checked");
    }

    private static bool IsHeaderCell(string line) =>
        line is "序号" or "工作任务" or "牵头责任单位" or "协同责任单位" or "备注" || line.EndsWith("完成情况") || line.EndsWith("进展情况");

    private static IEnumerable<string> Fields(BulletinTask task) =>
    [
        task.Section ?? "", task.Text, task.Progress, task.Remarks ?? "",
        string.Join("、", task.LeadUnitsAsWritten), string.Join("、", task.PartnerUnitsAsWritten), string.Concat(task.LeadUnitsAsWritten),
    ];
}
