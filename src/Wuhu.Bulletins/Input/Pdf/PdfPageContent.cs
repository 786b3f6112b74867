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
        var frame = PdfReadingFrame.For(page);
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        var rotated = new StringBuilder();
        foreach (var letter in page.Letters)
        {
            if (string.IsNullOrEmpty(letter.Value)) continue;
            if (letter.TextOrientation != frame.Orientation)
            {
                // Text at another angle than the page's is a watermark or a stamp, never a table cell of these bulletins.
                rotated.Append(letter.Value);
                continue;
            }

            var start = frame.Map(letter.StartBaseLine);
            var end = frame.Map(letter.EndBaseLine);
            var left = Math.Min(start.X, end.X);
            var right = Math.Max(start.X, end.X);
            if (right - left < 0.01)
            {
                var box = frame.Map(letter.BoundingBox);
                left = box.Left;
                right = box.Right;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(Math.Min(letter.BoundingBox.Height, letter.BoundingBox.Width), 1);
            glyphs.Add(new PdfGlyph(Normalize(letter.Value), left, right, start.Y, size));
        }

        var (rules, sides) = FindRules(page, frame);
        return new PdfPageContent(page.Number, frame.Width, frame.Height, glyphs, rules) { RotatedText = rotated.ToString().Trim(), VerticalRules = sides };
    }

    /// <summary>Thin drawn lines across the reading direction (row borders) and along it (cell side borders).</summary>
    private static (List<PdfRule> Rules, List<PdfVerticalRule> Sides) FindRules(Page page, PdfReadingFrame frame)
    {
        var rules = new List<PdfRule>();
        var sides = new List<PdfVerticalRule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } pageBox) continue;
                var (left, top, right, bottom) = frame.Map(pageBox);
                var (width, height) = (right - left, bottom - top);
                if (width <= MaxRuleThickness && height >= 5) sides.Add(new PdfVerticalRule((left + right) / 2, top, bottom));
                if (width < MinRuleWidth) continue;
                if (height <= MaxRuleThickness)
                {
                    rules.Add(new PdfRule((top + bottom) / 2, left, right));
                }
                else if (path.IsStroked)
                {
                    // A stroked rectangle (a cell's border): its top and bottom edges are rules.
                    rules.Add(new PdfRule(top, left, right));
                    rules.Add(new PdfRule(bottom, left, right));
                }
            }
        }

        return (rules, sides);
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
