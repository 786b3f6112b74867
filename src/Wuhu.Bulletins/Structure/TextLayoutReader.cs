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
        if (FindHeader(lines, 0) is not var (headerStart, header, headerLength)) return null;

        var warnings = new List<ParseWarning>();
        if (!header.Has(ColumnKind.Number) && NumberColumn.StartsEveryRow(lines, headerStart + headerLength))
        {
            header = NumberColumn.WithLeadingNumber(header);
            warnings.Add(NumberColumn.Note($"line {headerStart + headerLength + 1} on"));
        }

        var preamble = lines.Take(headerStart).ToList();
        var blocks = SplitIntoBlocks(lines, headerStart + headerLength, header, RepeatedPreamble(preamble), warnings);
        var rows = blocks.Select(block => ToRawTask(block, header, warnings)).ToList();
        return new TableLayout(header, preamble, rows, warnings) { Layout = Model.BulletinLayout.TextCells };
    }

    /// <summary>
    /// Lines before the header that a page break may print again between rows (the title, the site's banner):
    /// long enough not to be a cell's text by chance.
    /// </summary>
    private static HashSet<string> RepeatedPreamble(IEnumerable<string> preamble) =>
        preamble.Select(TextCleaner.CleanLine).Where(l => l.Length >= 6 && !TaskNumber.TryParse(l, out _)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The title or banner printed again; looked up without cleaning a copy of each line when that changes nothing.</summary>
    private static bool IsRepeatedPreamble(string line, HashSet<string> preamble)
    {
        if (preamble.Count == 0) return false;
        var trimmed = line.AsSpan().Trim();
        // CleanLine of such a line is the trimmed line itself: no inner whitespace, no item number to normalize.
        if (!TextCleaner.ContainsSpace(trimmed) && (trimmed.Length == 0 || !char.IsDigit(trimmed[0])))
        {
            return preamble.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed);
        }

        return preamble.Contains(TextCleaner.CleanLine(line));
    }

    /// <summary>The header: consecutive non-empty lines each naming a different column kind.</summary>
    private static (int Start, HeaderRow Header, int Length)? FindHeader(IReadOnlyList<string> lines, int from)
    {
        for (var start = from; start < lines.Count; start++)
        {
            if (HeaderAt(lines, start) is { } found) return (start, found.Header, found.Length);
        }

        return null;
    }

    /// <summary>A header row starting exactly at <paramref name="start"/>, and how many lines it spans.</summary>
    private static (HeaderRow Header, int Length)? HeaderAt(IReadOnlyList<string> lines, int start)
    {
        if (lines[start].Length > 60 || HeaderRow.Classify(lines[start]) is null) return null;
        var cells = new List<string>();
        var end = start;
        for (; end < lines.Count && cells.Count < 8; end++) // 8: a two-row header with a remarks column
        {
            if (lines[end].Length == 0) continue; // layout blank between cells
            if (HeaderRow.Classify(lines[end]) is null) break;
            cells.Add(lines[end]);
        }

        return (HeaderRow.TryMatch(cells) ?? HeaderBand.TryFlat(cells)) is { } header ? (header, end - start) : null;
    }

    private sealed record Block(int Line, string? NumberText, string? Section, List<string> Items);

    private static List<Block> SplitIntoBlocks(IReadOnlyList<string> lines, int from, HeaderRow header, HashSet<string> repeatedPreamble, List<ParseWarning> warnings)
    {
        var numbered = header.Has(ColumnKind.Number);
        var remarks = header.Has(ColumnKind.Remarks);
        var blocks = new List<Block>();
        string? section = null;
        Block? current = null;
        var last = 0;
        for (var i = from; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;

            // A page break: the header printed again, a page number, the title or banner again.
            if (HeaderAt(lines, i) is { } repeated)
            {
                i += repeated.Length - 1;
                continue;
            }

            // "序号" on its own below the header, not starting a repeat of it: another table (an annex) starts.
            if (numbered && line.Length <= 12 && HeaderRow.Classify(line) == ColumnKind.Number)
            {
                var cells = lines.Skip(i).Where(l => !TextCleaner.IsBlank(l)).Take(6).TakeWhile(l => l.Length <= 20).Select(TextCleaner.CleanLine);
                warnings.Add(new ParseWarning("otherTable", $"another table starts at line {i + 1} (\"{string.Join(" | ", cells)}\"); it is not part of the bulletin table and was not read."));
                break;
            }

            if (line.Length <= 100 && (PageNoise.IsPageMarker(line) || IsRepeatedPreamble(line, repeatedPreamble))) continue;

            // A footer word ends the table only after the last row: when more rows follow, it was a cell's text.
            if (PageNoise.IsFooter(line) && !TextRows.InsideRow(lines, i, current?.Items, remarks))
            {
                if (!TextRows.MoreRowsFollow(lines, i + 1, numbered, last))
                {
                    ReportTextAfterTable(lines, i, warnings);
                    break;
                }

                // Between two complete rows (a page break's furniture): not part of either.
                if (current is null || TextRows.EndsWithEmptyCell(current.Items)) continue;
            }

            var blank = TextCleaner.IsBlank(line);
            if (!blank && numbered && TaskNumber.TryParse(line, out var number) && TextRows.StartsTask(lines, i, number, last, current?.Items))
            {
                current = new Block(i + 1, line, section, []);
                blocks.Add(current);
                last = Math.Max(last, number);
            }
            else if (numbered && current is not null && TextRows.StartsUnreadableRow(lines, i, current.Items, remarks))
            {
                // Reported by the assembler (badNumber) instead of being folded into the row above.
                current = new Block(i + 1, blank ? null : line, section, []);
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

    /// <summary>After the table's end: another table, or lines that look like rows, are named rather than dropped silently.</summary>
    private static void ReportTextAfterTable(IReadOnlyList<string> lines, int end, List<ParseWarning> warnings)
    {
        var footer = TextCleaner.CleanLine(lines[end]);
        if (FindHeader(lines, end + 1) is { } other)
        {
            var cells = lines.Skip(other.Start).Take(other.Length).Where(l => l.Length > 0).Select(TextCleaner.CleanLine);
            warnings.Add(new ParseWarning("otherTable", $"another table starts at line {other.Start + 1} (header \"{string.Join(" | ", cells)}\") after the bulletin table ended at line {end + 1} (\"{footer}\"); it was not read."));
            return;
        }

        var rowLike = new List<string>();
        for (var i = end + 1; i < lines.Count; i++)
        {
            if (TaskNumber.TryParse(lines[i], out _) && TextRows.HasRowShape(lines, i + 1)) rowLike.Add($"line {i + 1} \"{TextCleaner.CleanLine(lines[i])}\"");
        }

        if (rowLike.Count > 0)
        {
            warnings.Add(new ParseWarning("textAfterTable", $"the table ended at line {end + 1} (\"{footer}\"), but {rowLike.Count} numbered row(s) follow and were not read: {string.Join(", ", rowLike.Take(3))}{(rowLike.Count > 3 ? ", …" : "")}."));
        }
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
