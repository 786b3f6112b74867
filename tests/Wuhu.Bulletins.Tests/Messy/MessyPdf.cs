using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Xunit.Abstractions;

namespace Wuhu.Bulletins.Tests.Messy;

/// <summary>Parsing and the checks shared by the messy-PDF tests.</summary>
public static partial class MessyPdf
{
    public static Bulletin Parse(byte[] pdf, ITestOutputHelper output, string name = "printed.pdf")
    {
        var bulletin = BulletinParser.Parse(pdf, name);
        using (var document = PdfDocument.Open(pdf))
        {
            output.WriteLine($"{name}: {document.NumberOfPages} page(s), {bulletin.Tasks.Count} task(s)");
        }

        foreach (var warning in bulletin.Warnings) output.WriteLine($"{warning.Code}: {warning.Message}");
        return bulletin;
    }

    public static int Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    public static string PageText(byte[] pdf, int page)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPage(page).Letters.Select(l => l.Value));
    }

    /// <summary>
    /// Same numbers, texts, units, progress, remarks and sections as the reference. Paragraph breaks are not compared:
    /// a paragraph whose last line happens to fill the column cannot be told from a wrapped line (docs/parsing-pdf.md,
    /// limits), and these tests are about which task the text lands in, not where its paragraphs break.
    /// </summary>
    public static void AssertSameTasks(Bulletin expected, Bulletin actual)
    {
        Assert.Equal(expected.Tasks.Select(t => t.Number), actual.Tasks.Select(t => t.Number));
        foreach (var (e, a) in expected.Tasks.Zip(actual.Tasks))
        {
            Assert.Equal(Unbroken(e.Text), Unbroken(a.Text));
            Assert.Equal(e.LeadUnits, a.LeadUnits);
            Assert.Equal(Unbroken(e.Progress), Unbroken(a.Progress));
            Assert.Equal(e.Remarks, a.Remarks);
            Assert.Equal(e.Section, a.Section);
        }
    }

    private static string Unbroken(string text) => text.Replace("\n", "", StringComparison.Ordinal);

    /// <summary>No task field holds any of these texts (header cells, page numbers, running titles).</summary>
    public static void AssertNoTaskHolds(Bulletin bulletin, params string[] texts)
    {
        foreach (var task in bulletin.Tasks)
        {
            var fields = TextCleaner.RemoveAllWhitespace(string.Join("\n", Fields(task)));
            foreach (var text in texts) Assert.DoesNotContain(TextCleaner.RemoveAllWhitespace(text), fields);
            Assert.DoesNotMatch(PageMarker(), fields);
        }
    }

    /// <summary>
    /// Every word PdfPig finds on the pages (its own word extraction, not the parser's) is in a task field or a
    /// warning, apart from header cells, task numbers, page numbers and the texts a test names as furniture.
    /// </summary>
    public static void AssertEveryWordPlaced(byte[] pdf, Bulletin bulletin, ITestOutputHelper output, params string[] furniture)
    {
        var placed = TextCleaner.RemoveAllWhitespace(string.Join("\n", bulletin.Tasks.SelectMany(Fields).Concat(bulletin.Warnings.Select(w => w.Message))));
        var ignored = TextCleaner.RemoveAllWhitespace(string.Join("\n", furniture.Concat(PrintedPage.HeaderCells)
            .Append($"{PrintedPage.Title}发布时间:2024-04-20信息来源:芜湖市人民政府").Append(bulletin.ProgressHeader ?? "")));
        var checkedWords = 0;
        using var document = PdfDocument.Open(pdf);
        foreach (var word in document.GetPages().SelectMany(p => p.GetWords()))
        {
            var text = TextCleaner.RemoveAllWhitespace(word.Text);
            if (text.Length == 0 || TaskNumber.TryParse(text, out _) || PageNumberWord().IsMatch(text) || BrowserFurniture().IsMatch(text) || ignored.Contains(text)) continue;
            Assert.True(placed.Contains(text), $"word not placed anywhere: \"{text}\"");
            checkedWords++;
        }

        output.WriteLine($"{checkedWords} words checked, every one placed");
        Assert.True(checkedWords > bulletin.Tasks.Count * 2);
    }

    /// <summary>Chromium's print header and footer: the date and time ("11/25/26, 4:52 PM") and the file URL.</summary>
    [GeneratedRegex(@"^(\d+/\d+/\d+,?|\d+:\d+|[AP]M|(file|\uFB01le):.*)$")]
    private static partial Regex BrowserFurniture();

    public static IEnumerable<string> Fields(BulletinTask task) =>
        [task.Section ?? "", task.Text, string.Concat(task.LeadUnitsAsWritten), string.Join("、", task.LeadUnitsAsWritten), task.Progress, task.Remarks ?? ""];

    [GeneratedRegex(@"第\d+页共\d+页")]
    private static partial Regex PageMarker();

    /// <summary>Page numbers, whole or as the words PdfPig splits "第 1 页 共 3 页" into.</summary>
    [GeneratedRegex(@"^(第\d+页共\d+页|-\d+-|\d+/\d+|[第页共])$")]
    private static partial Regex PageNumberWord();
}
