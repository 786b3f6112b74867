using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Tests.Support;
using Xunit.Abstractions;

namespace Wuhu.Bulletins.Tests;

/// <summary>Every non-noise line of a bulletin's table ends up in a task field or in a warning.</summary>
public partial class NoTextDroppedTests(ITestOutputHelper output)
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

    public static TheoryData<string, string> PdfLayouts()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(SamplePaths.RepoSamples).Order())
        {
            foreach (var layout in PdfFormatTests.Layouts.Keys) data.Add(Path.GetFileName(file), layout);
        }

        return data;
    }

    /// <summary>
    /// The same check on PDFs: every word PdfPig finds on the pages (its own word extraction, not the parser's)
    /// is in a task field or a warning, apart from the header cells, numbers, page furniture and the title block.
    /// </summary>
    [Theory]
    [MemberData(nameof(PdfLayouts))]
    public void Every_word_of_a_pdf_table_is_placed(string sample, string layout)
    {
        var reference = BulletinParser.ParseFile(Path.Combine(SamplePaths.RepoSamples, sample));
        var pdf = PdfBulletin.Write(reference, PdfFormatTests.Layouts[layout] with { RunningTitle = "芜湖市人民政府督查室", After = ["注:数据截至报告期末。"] });
        var bulletin = BulletinParser.Parse(pdf, "b.pdf");

        var placed = TextCleaner.RemoveAllWhitespace(string.Join("\n", bulletin.Tasks.SelectMany(Fields).Concat(bulletin.Warnings.Select(w => w.Message))));
        var titleBlock = TextCleaner.RemoveAllWhitespace($"{reference.Title}发布时间:{reference.PublishedOn:yyyy-MM-dd}来源:{reference.Publisher}芜湖市人民政府督查室");
        var checkedWords = 0;
        using var document = PdfDocument.Open(pdf);
        foreach (var word in document.GetPages().SelectMany(p => p.GetWords()))
        {
            var text = TextCleaner.RemoveAllWhitespace(word.Text);
            if (text.Length == 0 || TaskNumber.TryParse(text, out _) || PageNumber().IsMatch(text) || titleBlock.Contains(text)) continue;
            if (HeaderWords.Any(h => h.Contains(text)) || text == reference.ProgressHeader) continue;
            Assert.True(placed.Contains(text), $"word not placed anywhere: \"{text}\"");
            checkedWords++;
        }

        output.WriteLine($"{sample} as {layout}: {checkedWords} words checked");
        Assert.True(checkedWords > bulletin.Tasks.Count * 3);
        Assert.Contains(bulletin.Warnings, w => w.Message.Contains("数据截至报告期末"));
    }

    private static readonly string[] HeaderWords = ["序号", "工作任务", "牵头责任单位", "备注"];

    /// <summary>Page numbers, whole or as the words PdfPig splits "第 1 页 共 3 页" into.</summary>
    [GeneratedRegex(@"^(第\d+页共\d+页|-\d+-|\d+/\d+|[第页共])$")]
    private static partial Regex PageNumber();

    private static IEnumerable<string> Fields(BulletinTask task) =>
        [task.Section ?? "", task.Text, string.Concat(task.LeadUnits), string.Join("、", task.LeadUnits), string.Concat(task.LeadUnitsAsWritten), string.Join("、", task.LeadUnitsAsWritten), task.Progress, task.Remarks ?? ""];

    static NoTextDroppedTests() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
}
