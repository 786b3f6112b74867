using Xunit.Abstractions;
using static Wuhu.Bulletins.Tests.Messy.PrintedPage;

namespace Wuhu.Bulletins.Tests.Messy;

/// <summary>
/// Text outside the table's columns — a rotated stamp or watermark, a note in the margin beside the table — is
/// named in a warning, never dropped silently; checked with the "every word is placed" test on PdfPig's own words.
/// </summary>
public sealed class PdfPlacementTests(ITestOutputHelper output)
{
    [Fact]
    public void A_rotated_stamp_and_a_watermark_are_named()
    {
        var tasks = Tasks(1, 10, paragraphs: 3);
        var stamp = $"<div style=\"position:absolute;left:360pt;top:40pt;color:red;border:2px solid red;border-radius:50%;padding:16pt 8pt;transform:rotate(-15deg)\">{Office}</div>";
        var watermark = "<div style=\"position:fixed;left:120pt;top:300pt;color:#ddd;font-size:40pt;transform:rotate(-35deg)\">内部资料</div>";
        var pdf = Print(stamp + watermark + Preamble + Table(tasks), new PrintOptions { PageNumbers = true });
        Assert.True(MessyPdf.Pages(pdf) >= 2);

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        // The stamp on page 1, the watermark on every page: each page's rotated text is named with its page.
        Assert.Contains(parsed.Warnings, w => w.Code == "unplacedText" && w.Message.StartsWith("page 1:") && w.Message.Contains(Office) && w.Message.Contains("内部资料"));
        Assert.Contains(parsed.Warnings, w => w.Code == "unplacedText" && w.Message.StartsWith("page 2") && w.Message.Contains("内部资料"));
        MessyPdf.AssertEveryWordPlaced(pdf, parsed, output);
    }

    [Fact]
    public void A_note_in_the_margin_beside_the_table_is_named()
    {
        var tasks = Tasks(1, 5);
        var table = $"<div style=\"margin-right:90pt;position:relative\">{Table(tasks)}<div style=\"position:absolute;right:-86pt;top:80pt;width:80pt;font-size:9pt\">手写批注:请市发改委核实</div></div>";
        var pdf = Print(Preamble + table);

        var parsed = MessyPdf.Parse(pdf, output);

        MessyPdf.AssertSameTasks(Expected(tasks), parsed);
        Assert.Contains(parsed.Warnings, w => w.Code == "unplacedText" && w.Message.Contains("beside the table"));
        MessyPdf.AssertEveryWordPlaced(pdf, parsed, output);
    }
}
