using System.Text;
using UglyToad.PdfPig.Content;

namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>A horizontal line drawn on the page (a table border), y growing downwards.</summary>
internal sealed record PdfRule(double Y, double Left, double Right);

/// <summary>A vertical line drawn on the page (a cell's side border), y growing downwards.</summary>
internal sealed record PdfVerticalRule(double X, double Top, double Bottom);

/// <summary>What one page offers to table recovery: its horizontal text and its horizontal rules.</summary>
internal sealed record PdfPageContent(int Number, double Width, double Height, IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<PdfRule> Rules)
{
    /// <summary>Text drawn at an angle (stamps, watermarks), in drawing order: not read, but named in a warning.</summary>
    public string RotatedText { get; init; } = "";

    /// <summary>Cell side borders: they run down to the page end where a row breaks across pages without a bottom rule.</summary>
    public IReadOnlyList<PdfVerticalRule> VerticalRules { get; init; } = [];

    /// <summary>Shorter than this and wider than <see cref="MinRuleWidth"/>: a drawn line, not a shape.</summary>
    private const double MaxRuleThickness = 2.5;
    private const double MinRuleWidth = 20;

    public static PdfPageContent From(Page page)
    {
        var height = page.Height;
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        var rotated = new StringBuilder();
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrEmpty(letter.Value)) continue;
            if (letter.TextOrientation != TextOrientation.Horizontal)
            {
                // Rotated text is a watermark or a stamp, never a table cell of these bulletins.
                rotated.Append(letter.Value);
                continue;
            }

            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            if (right - left < 0.01)
            {
                left = letter.BoundingBox.Left;
                right = letter.BoundingBox.Right;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            glyphs.Add(new PdfGlyph(Normalize(letter.Value), left, right, height - letter.StartBaseLine.Y, size));
        }

        return new PdfPageContent(page.Number, page.Width, height, glyphs, FindRules(page, height)) { RotatedText = rotated.ToString().Trim(), VerticalRules = FindVerticalRules(page, height) };
    }

    private static List<PdfRule> FindRules(Page page, double height)
    {
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box || box.Width < MinRuleWidth) continue;
                if (box.Height <= MaxRuleThickness)
                {
                    rules.Add(new PdfRule(height - (box.Top + box.Bottom) / 2, box.Left, box.Right));
                }
                else if (path.IsStroked)
                {
                    // A stroked rectangle (a cell's border): its top and bottom edges are rules.
                    rules.Add(new PdfRule(height - box.Top, box.Left, box.Right));
                    rules.Add(new PdfRule(height - box.Bottom, box.Left, box.Right));
                }
            }
        }

        return rules;
    }

    private static List<PdfVerticalRule> FindVerticalRules(Page page, double height)
    {
        var rules = new List<PdfVerticalRule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is { } box && box.Width <= MaxRuleThickness && box.Height >= 5)
                {
                    rules.Add(new PdfVerticalRule((box.Left + box.Right) / 2, height - box.Top, height - box.Bottom));
                }
            }
        }

        return rules;
    }

    /// <summary>
    /// Some Chinese fonts map common ideographs to the look-alike Kangxi radicals (U+2F00–U+2FD5: "⾏" for "行"),
    /// so copied text differs from what was typed; compatibility normalization maps them back.
    /// </summary>
    private static string Normalize(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u2F00' and <= '\u2FDF') return text.Normalize(NormalizationForm.FormKC);
        }

        return text;
    }
}
