using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Recovers the table from text where cells are not delimited, such as text copied out of a web page: each cell
/// paragraph is a line, an empty cell is a whitespace-only line, and rows start at their task number.
/// </summary>
internal static class TextLayoutReader
{
    public static TableLayout Read(IReadOnlyList<string> lines, string sourceName) =>
        TryRead(lines) ?? throw new BulletinRejectedException("noTable", $"{sourceName}: no table header found (looked for {HeaderRow.Describe()}).");

    /// <summary>The table, or null when the text has no header row of one cell per line.</summary>
    public static TableLayout? TryRead(IReadOnlyList<string> lines)
    {
        if (FindHeader(lines) is not var (headerStart, header, headerLength)) return null;

        var warnings = new List<ParseWarning>();
        if (!header.Has(ColumnKind.Number) && NumberColumn.StartsEveryRow(lines, headerStart + headerLength))
        {
            header = NumberColumn.WithLeadingNumber(header);
            warnings.Add(NumberColumn.Note($"line {headerStart + headerLength + 1} on"));
        }

        var blocks = SplitIntoBlocks(lines, headerStart + headerLength, header.Has(ColumnKind.Number), warnings);
        var rows = blocks.Select(block => ToRawTask(block, header, warnings)).ToList();
        return new TableLayout(header, lines.Take(headerStart).ToList(), rows, warnings) { Layout = Model.BulletinLayout.TextCells };
    }

    /// <summary>The header: consecutive non-empty lines each naming a different column kind.</summary>
    private static (int Start, HeaderRow Header, int Length)? FindHeader(IReadOnlyList<string> lines)
    {
        for (var start = 0; start < lines.Count; start++)
        {
            if (HeaderRow.Classify(lines[start]) is null) continue;
            var cells = new List<string>();
            var end = start;
            for (; end < lines.Count && cells.Count < 6; end++)
            {
                if (lines[end].Length == 0) continue; // layout blank between cells
                if (HeaderRow.Classify(lines[end]) is null) break;
                cells.Add(lines[end]);
            }

            if (HeaderRow.TryMatch(cells) is { } header)
            {
                return (start, header, end - start);
            }
        }

        return null;
    }

    private sealed record Block(int Line, string? NumberText, string? Section, List<string> Items);

    private static List<Block> SplitIntoBlocks(IReadOnlyList<string> lines, int from, bool numbered, List<ParseWarning> warnings)
    {
        var blocks = new List<Block>();
        string? section = null;
        Block? current = null;
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            if (PageNoise.IsFooter(line)) break;

            var blank = TextCleaner.IsBlank(line);
            if (!blank && numbered && TaskNumber.TryParse(line, out _))
            {
                current = new Block(i + 1, line, section, []);
                blocks.Add(current);
            }
            else if (!blank && TaskNumber.IsSectionHeading(line) && StartsRowNext(lines, i + 1, numbered))
            {
                section = TextCleaner.CleanLine(line);
                current = null;
            }
            else if (!numbered && current is null or { Items.Count: > 0 } && !blank && EndsRow(current))
            {
                // Without a number column a new row starts after the previous row's empty remark cell.
                current = new Block(i + 1, null, section, [line]);
                blocks.Add(current);
            }
            else if (current is not null)
            {
                current.Items.Add(line);
            }
            else if (!blank)
            {
                warnings.Add(new ParseWarning("unplacedText", $"line {i + 1} sits between the header and the first task and belongs to none: \"{TextCleaner.CleanLine(line)}\""));
            }
        }

        return blocks;
    }

    private static bool EndsRow(Block? block) => block is null || (block.Items.Count > 0 && TextCleaner.IsBlank(block.Items[^1]));

    private static bool StartsRowNext(IReadOnlyList<string> lines, int from, bool numbered)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (TextCleaner.IsBlank(lines[i])) continue;
            return !numbered || TaskNumber.TryParse(lines[i], out _) || TaskNumber.IsSectionHeading(lines[i]);
        }

        return false;
    }

    /// <summary>Assigns a block's lines to columns: task text, then unit names, then progress, then remarks.</summary>
    private static RawTask ToRawTask(Block block, HeaderRow header, List<ParseWarning> warnings)
    {
        var row = new RawTask { NumberText = block.NumberText, Section = block.Section, Location = $"line {block.Line}" };
        var items = block.Items;
        var i = 0;
        while (i < items.Count && TextCleaner.IsBlank(items[i])) i++;

        // The task cell: at least its first line, then more lines until the first unit name.
        var firstUnit = FindFirstUnit(items, i + 1);
        var taskEnd = firstUnit ?? Math.Min(items.Count, i + 1);
        AddNonBlank(row.TaskLines, items, i, taskEnd);
        i = taskEnd;

        while (i < items.Count && !TextCleaner.IsBlank(items[i]) && (LeadUnits.IsUnitLine(items[i]) || (i + 1 < items.Count && LeadUnits.IsBrokenName(items[i], items[i + 1]))))
        {
            row.UnitLines.Add(items[i++]);
        }

        if (header.Has(ColumnKind.PartnerUnits)) SplitPartnerCell(row, warnings);

        // An empty cell shows as a whitespace-only line. With a remarks column, text after the last such line
        // (when the row does not end with one) is the remark; otherwise everything left is progress.
        var lastBlank = items.FindLastIndex(items.Count - 1, items.Count - i, TextCleaner.IsBlank);
        var remarksStart = header.Has(ColumnKind.Remarks) && lastBlank >= 0 && lastBlank < items.Count - 1 ? lastBlank + 1 : items.Count;
        AddNonBlank(row.ProgressLines, items, i, remarksStart);
        AddNonBlank(row.RemarkLines, items, remarksStart, items.Count);
        return row;
    }

    /// <summary>The non-blank lines of items[from..to] (index ranges: no copies of the block).</summary>
    private static void AddNonBlank(List<string> target, List<string> items, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!TextCleaner.IsBlank(items[k])) target.Add(items[k]);
        }
    }

    /// <summary>
    /// Two unit columns side by side cannot be told apart line by line: the first unit line is the lead cell
    /// (several lead units share it, separated by 、), the rest the cooperating units' cell.
    /// </summary>
    private static void SplitPartnerCell(RawTask row, List<ParseWarning> warnings)
    {
        var lines = row.UnitLines;
        var leadCell = lines.Count > 1 && LeadUnits.IsBrokenName(lines[0], lines[1]) ? 2 : 1;
        if (lines.Count <= leadCell) return;
        if (lines.Count - leadCell > 1)
        {
            warnings.Add(new ParseWarning("unitColumnsGuessed", $"{row.Location}: {lines.Count} unit lines under two unit columns; the first was read as the lead unit cell, the others as cooperating units."));
        }

        row.PartnerLines.AddRange(lines.Skip(leadCell));
        lines.RemoveRange(leadCell, lines.Count - leadCell);
    }

    private static int? FindFirstUnit(List<string> items, int from)
    {
        for (var i = from; i < items.Count; i++)
        {
            if (TextCleaner.IsBlank(items[i])) return null;
            if (LeadUnits.IsUnitLine(items[i]) || (i + 1 < items.Count && LeadUnits.IsBrokenName(items[i], items[i + 1]))) return i;
        }

        return null;
    }
}
