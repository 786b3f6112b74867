using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Tests.Support;
using Xunit.Abstractions;

namespace Wuhu.Bulletins.Tests;

/// <summary>PDF bulletins with a text layer: the table is rebuilt from word positions and parses like the text.</summary>
public class PdfFormatTests(ITestOutputHelper output)
{
    private static Bulletin Annual => BulletinParser.ParseFile(Path.Combine(SamplePaths.RepoSamples, "wuhu-2024-annual.txt"));

    private Bulletin ParsePdf(byte[] pdf, string name = "bulletin.pdf")
    {
        var bulletin = BulletinParser.Parse(pdf, name);
        foreach (var warning in bulletin.Warnings) output.WriteLine($"{warning.Code}: {warning.Message}");
        return bulletin;
    }

    private static void AssertSameTasks(Bulletin expected, Bulletin actual)
    {
        Assert.Equal(expected.Tasks.Select(t => t.Number), actual.Tasks.Select(t => t.Number));
        foreach (var (e, a) in expected.Tasks.Zip(actual.Tasks))
        {
            Assert.Equal(e.Text, a.Text);
            Assert.Equal(e.LeadUnits, a.LeadUnits);
            Assert.Equal(e.Progress, a.Progress);
            Assert.Equal(e.Remarks, a.Remarks);
            Assert.Equal(e.Section, a.Section);
        }

        Assert.Equal(expected.Tasks, actual.Tasks, new TaskComparer());
        Assert.Equal(expected.Period, actual.Period);
    }

    [Fact]
    public void The_annual_sample_printed_as_pdf_parses_to_the_same_tasks()
    {
        var reference = Annual;
        var pdf = PdfBulletin.Write(reference, new PdfLayout { PageNumbers = "第 {0} 页 共 {1} 页" });
        File.WriteAllBytes("/tmp/annual.pdf", pdf);

        var parsed = ParsePdf(pdf);

        Assert.Equal(BulletinFormat.Pdf, parsed.Format);
        AssertSameTasks(reference, parsed);
        Assert.Equal((reference.Title, reference.PublishedOn, reference.Publisher), (parsed.Title, parsed.PublishedOn, parsed.Publisher));
    }
}
