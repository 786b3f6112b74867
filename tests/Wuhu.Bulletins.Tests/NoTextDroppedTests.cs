using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Tests.Support;
using Xunit.Abstractions;

namespace Wuhu.Bulletins.Tests;

/// <summary>Every non-noise line of a bulletin's table ends up in a task field or in a warning.</summary>
public class NoTextDroppedTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SamplePaths.RepoSamples).Order()) files.Add(file);
        if (SamplePaths.HasShared) files.Add(SamplePaths.SharedAnnual2023);
        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_table_line_is_placed(string file)
    {
        var bulletin = BulletinParser.ParseFile(file);
        if (bulletin.Format != BulletinFormat.Text)
        {
            output.WriteLine($"{file}: cells are delimited in {bulletin.Format}; covered by the format equivalence tests");
            return;
        }

        var placed = string.Join("\n", bulletin.Tasks.SelectMany(Fields).Concat(bulletin.Warnings.Select(w => w.Message)));
        var lines = File.ReadAllLines(file, System.Text.Encoding.GetEncoding(file.EndsWith("q3.txt") ? "GB18030" : "UTF-8"));
        var header = Array.FindIndex(lines, l => l.Trim() == "牵头责任单位");
        var checkedLines = 0;
        foreach (var raw in lines.Skip(header + 1))
        {
            var line = TextCleaner.CleanLine(raw);
            if (line.Length == 0 || TaskNumber.TryParse(line, out _) || line.StartsWith("【打印")) continue;
            if (line.EndsWith("完成情况") || line.EndsWith("进展") || line.EndsWith("进展情况") || line == "备注") continue; // header cells
            var unwrapped = line.Trim('(', ')', '（', '）'); // "(市通信发展办)" is stored as the unit 市通信发展办
            Assert.True(placed.Contains(line) || placed.Contains(unwrapped), $"line not placed anywhere: \"{line}\"");
            checkedLines++;
        }

        output.WriteLine($"{file}: {checkedLines} lines checked");
        Assert.True(checkedLines > bulletin.Tasks.Count * 3);
    }

    private static IEnumerable<string> Fields(BulletinTask task) =>
        [task.Section ?? "", task.Text, string.Concat(task.LeadUnits), string.Join("、", task.LeadUnits), string.Concat(task.LeadUnitsAsWritten), string.Join("、", task.LeadUnitsAsWritten), task.Progress, task.Remarks ?? ""];

    static NoTextDroppedTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
}
