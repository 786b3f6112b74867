using System.Text.RegularExpressions;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>
/// Page numbers ("第 1 页 共 3 页", "- 2 -", "2/3") and running titles or footers repeated on the pages: printed
/// around the table by the word processor, never part of the bulletin.
/// </summary>
internal static partial class PdfPageFurniture
{
    /// <summary>Furniture sits in the top or bottom part of the page (as a fraction of its height).</summary>
    private const double MarginZone = 0.15;

    [GeneratedRegex(@"^(第\d+页([,，/]?共\d+页)?|共\d+页[,，/]?第\d+页|[-—–－~]+\d+[-—–－~]+|\d+/\d+|\d+|page\d+(of\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>The lines of each page without its furniture.</summary>
    public static List<List<PdfLine>> Remove(IReadOnlyList<PdfPageContent> pages, IReadOnlyList<List<PdfLine>> lines)
    {
        // A running title or footer repeats (page numbers aside) on at least half the pages.
        // A header or footer is printed at the same height on every page; a title printed again lower down is not one.
        var placesByKey = new Dictionary<string, List<(int Page, double Top)>>();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var line in lines[p].Where((line, i) => IsCandidate(pages[p], lines[p], i)))
            {
                var key = Key(line);
                if (!placesByKey.TryGetValue(key, out var places)) placesByKey[key] = places = [];
                places.Add((p, line.Top));
            }
        }

        var repeated = placesByKey
            .Where(kv => kv.Value.Max(a => kv.Value.Where(b => Math.Abs(b.Top - a.Top) <= 2).Select(b => b.Page).Distinct().Count()) is var count
                && count >= 2 && count * 2 >= pages.Count)
            .Select(kv => kv.Key)
            .ToHashSet();
        var kept = new List<List<PdfLine>>(pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            kept.Add([.. lines[p].Where((line, i) => !(IsCandidate(page, lines[p], i) && (IsPageNumber(page, line) || EndsWithPageOfPages(page, pages.Count, line) || repeated.Contains(Key(line)))))]);
        }

        return kept;
    }

    private static string Key(PdfLine line) => Digits().Replace(TextCleaner.RemoveAllWhitespace(line.Text), "#");

    private static bool IsPageNumber(PdfPageContent page, PdfLine line)
    {
        var text = TextCleaner.RemoveAllWhitespace(line.Text);
        if (!PageNumber().IsMatch(text)) return false;
        // A bare number at the left could be a task number of a row that ends the page.
        return !text.All(char.IsAsciiDigit) || line.Left > page.Width * 0.3;
    }

    /// <summary>A browser's print footer: the address, then "2/3" — this page of the page count.</summary>
    private static bool EndsWithPageOfPages(PdfPageContent page, int count, PdfLine line) =>
        TextCleaner.RemoveAllWhitespace(line.Text).EndsWith($"{page.Number}/{count}", StringComparison.Ordinal)
        && line.Text.Length > $"{page.Number}/{count}".Length;

    /// <summary>In the top or bottom margin zone and set apart from the lines next to it by at least a line of space.</summary>
    private static bool IsCandidate(PdfPageContent page, List<PdfLine> lines, int index)
    {
        var line = lines[index];
        var inZone = line.Bottom < page.Height * MarginZone || line.Top > page.Height * (1 - MarginZone);
        if (!inZone) return false;
        var above = index > 0 ? line.Top - lines[index - 1].Bottom : double.MaxValue;
        var below = index + 1 < lines.Count ? lines[index + 1].Top - line.Bottom : double.MaxValue;
        return Math.Min(above, below) >= line.Size;
    }
}
