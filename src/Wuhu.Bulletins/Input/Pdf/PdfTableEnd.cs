using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>
/// Where the bulletin table ends, and what follows it. A line outside the table's cells (a footer link row, a
/// caption or note crossing the columns, text under the last rule) or a row whose number cell holds words (the
/// first column of another table: "类别", "审核人") ends the table only when the task numbering does not go on
/// after it; otherwise it stood between two rows (a page break's furniture, a note) and the table continues.
/// What follows the end is named: another table in an "otherTable" warning, other lines as "unplacedText".
/// </summary>
internal static class PdfTableEnd
{
    /// <summary>The numbering goes on after a break when the next number is at most this far past the last one.</summary>
    private const int MaxNumberGap = 3;

    /// <returns>The index of the first line after the table (<c>lines.Count</c> when it runs to the last page).</returns>
    public static int Find(IReadOnlyList<PdfRegionLine> lines, int numberBand)
    {
        var numbers = lines.Select(l => Number(l, numberBand)).ToArray();
        var last = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (numbers[i] is { } n)
            {
                last = Math.Max(last, n);
                continue;
            }

            var line = lines[i];
            var isBreak = line.Kind is PdfLineKind.Footer or PdfLineKind.Unplaced || HoldsWordsInNumberBand(line, numberBand) || IsTotalRow(line);
            if (!isBreak) continue;
            // Without a number column nothing tells rows from other text: footers end the table, other lines are reported.
            if (numberBand < 0)
            {
                if (line.Kind == PdfLineKind.Footer) return i;
                continue;
            }

            var next = numbers.Skip(i + 1).FirstOrDefault(x => x is not null);
            if (next is not { } following || following <= last || following > last + MaxNumberGap) return i;
        }

        return lines.Count;
    }

    /// <summary>Warnings for what stands after the table's end; a footer end warns only about numbered rows after it.</summary>
    public static void Report(IReadOnlyList<PdfRegionLine> lines, int end, int numberBand, List<ParseWarning> warnings)
    {
        if (end >= lines.Count) return;
        var after = lines.Skip(end).Where(l => l.Kind != PdfLineKind.Footer && !PageNoise.IsFooter(l.Line.Text)).ToList();
        if (lines[end].Kind == PdfLineKind.Footer)
        {
            var numbered = after.Where(l => Number(l, numberBand) is not null).ToList();
            if (numbered.Count > 0)
            {
                var examples = numbered.Take(3).Select(l => $"page {l.Page.Number} \"{Clip(TextCleaner.CleanLine(l.Line.Text))}\"");
                warnings.Add(new ParseWarning("textAfterTable",
                    $"the table ended on page {lines[end].Page.Number} (\"{TextCleaner.CleanLine(lines[end].Line.Text)}\"), but {numbered.Count} numbered row(s) follow and were not read: {string.Join(", ", examples)}{(numbered.Count > 3 ? ", …" : "")}."));
            }

            return;
        }

        // Cells side by side (runs a cell gap apart) on two lines or more: a table of its own.
        var firstRow = after.FindIndex(l => Runs(l).Count >= 2);
        var tableLines = firstRow < 0 ? 0 : after.Count - firstRow;
        foreach (var line in firstRow < 0 || tableLines < 2 ? after : after.Take(firstRow))
        {
            warnings.Add(Unplaced(line.Page, line.Line, line.Kind == PdfLineKind.Unplaced ? line.Where : "below the table"));
        }

        if (firstRow >= 0 && tableLines >= 2)
        {
            var row = after[firstRow];
            var cells = Runs(row).Take(6).Select(r => Clip(TextCleaner.CleanLine(r.Text)));
            warnings.Add(new ParseWarning("otherTable",
                $"page {row.Page.Number}: a table after the bulletin table ({tableLines} lines, first row \"{string.Join(" | ", cells)}\") is not the bulletin table or a continuation of it; it was not read."));
        }
    }

    public static ParseWarning Unplaced(PdfPageContent page, PdfLine line, string where) =>
        new("unplacedText", $"page {page.Number}: text {where} was not used: \"{TextCleaner.CleanLine(line.Text)}\"");

    private static int? Number(PdfRegionLine line, int numberBand) =>
        line.Kind == PdfLineKind.Cells && numberBand >= 0 && line.Cells.FirstOrDefault(c => c.Band == numberBand) is { } cell
        && TaskNumber.TryParse(cell.Text, out var n) ? n : null;

    /// <summary>
    /// Words in the number column ("类别", "审核人", "合计"): the first column of another table or a total row. A
    /// number that cannot be read ("1a", "三", "#3") is not words: it is a row of the bulletin, reported by the assembler.
    /// </summary>
    private static bool HoldsWordsInNumberBand(PdfRegionLine line, int numberBand)
    {
        if (line.Kind != PdfLineKind.Cells || numberBand < 0 || line.Cells.FirstOrDefault(c => c.Band == numberBand) is not { } cell) return false;
        return cell.Text.Count(c => c is >= '\u4E00' and <= '\u9FFF' && !"一二三四五六七八九十百零〇".Contains(c)) >= 2;
    }

    /// <summary>A row labelled 合计/总计/小计 in its first filled cell sums the tasks above; it is not one of them.</summary>
    private static bool IsTotalRow(PdfRegionLine line) =>
        line.Kind == PdfLineKind.Cells && line.Cells.MinBy(c => c.Band) is { } first
        && TextCleaner.RemoveAllWhitespace(first.Text) is "合计" or "总计" or "小计" or "合计:" or "总计:";

    private static List<PdfLine> Runs(PdfRegionLine line) => [.. line.Line.Split(PdfHeaderFinder.CellGapInEm)];

    private static string Clip(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
