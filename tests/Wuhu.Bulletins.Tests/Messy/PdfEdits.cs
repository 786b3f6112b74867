using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Wuhu.Bulletins.Tests.Messy;

/// <summary>Edits a PDF the way PDF tools do: an incremental update (changed objects and a new xref section appended).</summary>
public static partial class PdfEdits
{
    /// <summary>Sets /Rotate on every page, as "rotate pages" in a PDF tool does: a viewer shows them turned.</summary>
    public static byte[] RotatePages(byte[] pdf, int degrees)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var pages = PageObject().Matches(text);
        Assert.NotEmpty(pages);
        var update = new StringBuilder(text.EndsWith('\n') ? "" : "\n");
        var offsets = new List<(string Number, long Offset)>();
        foreach (Match page in pages)
        {
            offsets.Add((page.Groups["n"].Value, text.Length + update.Length));
            update.Append(CultureInfo.InvariantCulture, $"{page.Groups["n"].Value} 0 obj\n<</Type /Page\n/Rotate {degrees}\n{page.Groups["rest"].Value}endobj\n");
        }

        var xref = text.Length + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets) update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        var trailer = Trailer().Matches(text)[^1].Groups["body"].Value;
        var previous = StartXref().Matches(text)[^1].Groups[1].Value;
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<<{trailer}\n/Prev {previous}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text + update);
    }

    [GeneratedRegex(@"(?<n>\d+) 0 obj\n<</Type /Page\n(?<rest>[\s\S]*?)endobj")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"trailer\s*<<(?<body>[\s\S]*?)>>\s*startxref")]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
