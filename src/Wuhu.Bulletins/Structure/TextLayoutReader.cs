using System.Buffers;
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
        using var facts = new TextLineFacts(lines);
        if (FindHeader(facts, 0) is not var (headerStart, header, headerLength)) return null;

        var warnings = new List<ParseWarning>();
        if (!header.Has(ColumnKind.Number) && NumberColumn.StartsEveryRow(lines, headerStart + headerLength))
        {
            header = NumberColumn.WithLeadingNumber(header);
            warnings.Add(NumberColumn.Note($"line {headerStart + headerLength + 1} on"));
        }

        var preamble = new List<string>(headerStart);
        for (var i = 0; i < headerStart; i++) preamble.Add(lines[i]);
        using var blocks = SplitIntoBlocks(facts, headerStart + headerLength, header, RepeatedPreamble.From(preamble), warnings);
        warnings.AddRange(blocks.RowWarnings); // after those of the split, as when the rows were read after it
        return new TableLayout(header, preamble, blocks.TakeRows(), warnings) { Layout = Model.BulletinLayout.TextCells };
    }

    /// <summary>The header: consecutive non-empty lines each naming a different column kind.</summary>
    private static (int Start, HeaderRow Header, int Length)? FindHeader(TextLineFacts lines, int from)
    {
        for (var start = from; start < lines.Count; start++)
        {
            if (HeaderAt(lines, start) is { } found) return (start, found.Header, found.Length);
        }

        return null;
    }

    /// <summary>A header row starting exactly at <paramref name="start"/>, and how many lines it spans.</summary>
    private static (HeaderRow Header, int Length)? HeaderAt(TextLineFacts lines, int start)
    {
        if (lines[start].Length > 60 || lines.HeaderKind(start) is null) return null;
        var cells = new List<string>();
        var end = start;
        for (; end < lines.Count && cells.Count < 8; end++) // 8: a two-row header with a remarks column
        {
            if (lines[end].Length == 0) continue; // layout blank between cells
            if (lines.HeaderKind(end) is null) break;
            cells.Add(lines[end]);
        }

        return (HeaderRow.TryMatch(cells) ?? HeaderBand.TryFlat(cells)) is { } header ? (header, end - start) : null;
    }

    /// <summary>Where a row starts: its first line (1-based, for messages), its number cell, its section heading.</summary>
    private readonly record struct BlockStart(int Line, string? NumberText, string? Section);

    /// <summary>
    /// The rows as they are found. Lines are only ever added to the row being read, so only its lines are kept (line
    /// indices, in an array rented from the shared pool); a row is assigned to columns as soon as the next one starts,
    /// or the table ends. The rows too are gathered in a pooled array and copied once, at their number, by
    /// <see cref="TakeRows"/>: a long upload's row list never regrows (large-object garbage). Dispose to return both.
    /// </summary>
    private sealed class Blocks(TextLineFacts lines, HeaderRow header) : IDisposable
    {
        private int[] items = ArrayPool<int>.Shared.Rent(Math.Max(1, lines.Count));
        private int count;
        private BlockStart? open;
        private RawTask[] rows = ArrayPool<RawTask>.Shared.Rent(64);
        private int rowCount;

        /// <summary>What assigning the rows' lines to columns found, reported after the split's own warnings.</summary>
        public List<ParseWarning> RowWarnings { get; } = [];

        public void Dispose()
        {
            if (items.Length == 0) return;
            ArrayPool<int>.Shared.Return(items);
            ArrayPool<RawTask>.Shared.Return(rows, clearArray: true);
            items = [];
            rows = [];
        }

        public void Add(int line) => items[count++] = line;

        /// <summary>The lines of the row being read.</summary>
        public ReadOnlySpan<int> Current => items.AsSpan(0, count);

        /// <summary>The rows read, in an array of their number.</summary>
        public RawTask[] TakeRows() => rows.AsSpan(0, rowCount).ToArray();

        public void Start(int line, string? numberText, string? section)
        {
            Finish();
            open = new BlockStart(line, numberText, section);
        }

        /// <summary>Assigns the open row's lines to columns.</summary>
        public void Finish()
        {
            if (open is { } block) AddRow(ToRawTask(lines, block, Current, header, RowWarnings));
            open = null;
            count = 0;
        }

        private void AddRow(RawTask row)
        {
            if (rowCount == rows.Length)
            {
                var larger = ArrayPool<RawTask>.Shared.Rent(2 * rows.Length);
                rows.AsSpan(0, rowCount).CopyTo(larger);
                ArrayPool<RawTask>.Shared.Return(rows, clearArray: true);
                rows = larger;
            }

            rows[rowCount++] = row;
        }
    }

    private static Blocks SplitIntoBlocks(TextLineFacts lines, int from, HeaderRow header, RepeatedPreamble repeatedPreamble, List<ParseWarning> warnings)
    {
        var numbered = header.Has(ColumnKind.Number);
        var remarks = header.Has(ColumnKind.Remarks);
        var blocks = new Blocks(lines, header);
        string? section = null;
        // Whether a row is being read: false before the first and after a section heading (then lines go nowhere).
        var inRow = false;
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
            if (numbered && line.Length <= 12 && lines.HeaderKind(i) == ColumnKind.Number)
            {
                warnings.Add(new ParseWarning("otherTable", $"another table starts at line {i + 1} (\"{string.Join(" | ", AnnexCells(lines.Lines, i))}\"); it is not part of the bulletin table and was not read."));
                break;
            }

            if (line.Length <= RepeatedPreamble.MaxLineLength && (PageNoise.IsPageMarker(line) || repeatedPreamble.Contains(line))) continue;

            var current = inRow ? blocks.Current : [];
            // A footer word ends the table only after the last row: when more rows follow, it was a cell's text.
            if (lines.IsFooter(i) && !TextRows.InsideRow(lines, i, current, remarks))
            {
                if (!TextRows.MoreRowsFollow(lines, i + 1, numbered, last))
                {
                    ReportTextAfterTable(lines, i, warnings);
                    break;
                }

                // Between two complete rows (a page break's furniture): not part of either.
                if (!inRow || TextRows.EndsWithEmptyCell(lines, current)) continue;
            }

            var blank = lines.IsBlank(i);
            if (!blank && numbered && lines.IsNumber(i, out var number) && TextRows.StartsTask(lines, i, number, last, inRow, current))
            {
                blocks.Start(i + 1, line, section);
                inRow = true;
                last = Math.Max(last, number);
            }
            else if (numbered && inRow && TextRows.StartsUnreadableRow(lines, i, current, remarks))
            {
                // Reported by the assembler (badNumber) instead of being folded into the row above.
                blocks.Start(i + 1, blank ? null : line, section);
            }
            else if (!blank && lines.IsSectionHeading(i) && StartsRowNext(lines, i + 1, numbered))
            {
                section = TextCleaner.CleanLine(line);
                inRow = false;
            }
            else if (!numbered && !blank && (!inRow || (current.Length > 0 && lines.IsBlank(current[^1]))))
            {
                // Without a number column a new row starts after the previous row's empty remark cell.
                blocks.Start(i + 1, null, section);
                blocks.Add(i);
                inRow = true;
            }
            else if (inRow)
            {
                blocks.Add(i);
            }
            else if (!blank)
            {
                warnings.Add(new ParseWarning("unplacedText", $"line {i + 1} sits between the header and the first task and belongs to none: \"{TextCleaner.CleanLine(line)}\""));
            }
        }

        blocks.Finish();
        return blocks;
    }

    /// <summary>The first short lines of an annex table, to name it in the warning.</summary>
    private static IEnumerable<string> AnnexCells(IReadOnlyList<string> lines, int start) =>
        lines.Skip(start).Where(l => !TextCleaner.IsBlank(l)).Take(6).TakeWhile(l => l.Length <= 20).Select(TextCleaner.CleanLine);

    /// <summary>After the table's end: another table, or lines that look like rows, are named rather than dropped silently.</summary>
    private static void ReportTextAfterTable(TextLineFacts lines, int end, List<ParseWarning> warnings)
    {
        var footer = TextCleaner.CleanLine(lines[end]);
        if (FindHeader(lines, end + 1) is { } other)
        {
            var cells = lines.Lines.Skip(other.Start).Take(other.Length).Where(l => l.Length > 0).Select(TextCleaner.CleanLine);
            warnings.Add(new ParseWarning("otherTable", $"another table starts at line {other.Start + 1} (header \"{string.Join(" | ", cells)}\") after the bulletin table ended at line {end + 1} (\"{footer}\"); it was not read."));
            return;
        }

        var rowLike = new List<string>();
        for (var i = end + 1; i < lines.Count; i++)
        {
            if (lines.IsNumber(i) && lines.HasRowShape(i + 1)) rowLike.Add($"line {i + 1} \"{TextCleaner.CleanLine(lines[i])}\"");
        }

        if (rowLike.Count > 0)
        {
            warnings.Add(new ParseWarning("textAfterTable", $"the table ended at line {end + 1} (\"{footer}\"), but {rowLike.Count} numbered row(s) follow and were not read: {string.Join(", ", rowLike.Take(3))}{(rowLike.Count > 3 ? ", …" : "")}."));
        }
    }

    private static bool StartsRowNext(TextLineFacts lines, int from, bool numbered)
    {
        var next = lines.NextNonBlank(from);
        return next >= 0 && (!numbered || lines.IsNumber(next) || lines.IsSectionHeading(next));
    }

    /// <summary>Assigns a block's lines to columns: task text, then unit names, then progress, then remarks.</summary>
    private static RawTask ToRawTask(TextLineFacts lines, BlockStart block, ReadOnlySpan<int> items, HeaderRow header, List<ParseWarning> warnings)
    {
        var row = new RawTask { NumberText = block.NumberText, Section = block.Section, SourceLine = block.Line };
        var i = 0;
        while (i < items.Length && lines.IsBlank(items[i])) i++;

        // The task cell: at least its first line, then more lines until the first unit name.
        var firstUnit = FindFirstUnit(lines, items, i + 1);
        var taskEnd = firstUnit >= 0 ? firstUnit : Math.Min(items.Length, i + 1);
        AddNonBlank(row, static r => r.TaskLines, lines, items[i..taskEnd]);
        i = taskEnd;

        var unitsStart = i;
        while (i < items.Length && !lines.IsBlank(items[i]) && StartsUnitName(lines, items, i)) i++;
        AddAll(row, static r => r.UnitLines, lines, items[unitsStart..i]);

        if (header.Has(ColumnKind.PartnerUnits)) SplitPartnerCell(row, warnings);

        // An empty cell shows as a whitespace-only line. With a remarks column, text after the last such line
        // (when the row does not end with one) is the remark; otherwise everything left is progress.
        var lastBlank = -1;
        for (var k = items.Length - 1; k >= i; k--)
        {
            if (lines.IsBlank(items[k]))
            {
                lastBlank = k;
                break;
            }
        }

        var remarksStart = header.Has(ColumnKind.Remarks) && lastBlank >= 0 && lastBlank < items.Length - 1 ? lastBlank + 1 : items.Length;
        AddNonBlank(row, static r => r.ProgressLines, lines, items[i..remarksStart]);
        AddNonBlank(row, static r => r.RemarkLines, lines, items[remarksStart..]);
        return row;
    }

    /// <summary>A unit line, or the first half of a unit name broken over it and the row's next line.</summary>
    private static bool StartsUnitName(TextLineFacts lines, ReadOnlySpan<int> items, int i) =>
        lines.IsUnitLine(items[i]) || (i + 1 < items.Length && lines.IsBrokenName(items[i], items[i + 1]));

    /// <summary>
    /// The non-blank lines among <paramref name="items"/> into the row's <paramref name="cell"/> list, sized once for
    /// them; the list is not asked for when there are none (most rows have no remark, and a row's lists may be made
    /// only when first asked for).
    /// </summary>
    private static void AddNonBlank(RawTask row, Func<RawTask, List<string>> cell, TextLineFacts lines, ReadOnlySpan<int> items)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (!lines.IsBlank(item)) count++;
        }

        if (count == 0) return;
        var target = cell(row);
        target.Capacity = target.Count + count;
        foreach (var item in items)
        {
            if (!lines.IsBlank(item)) target.Add(lines[item]);
        }
    }

    private static void AddAll(RawTask row, Func<RawTask, List<string>> cell, TextLineFacts lines, ReadOnlySpan<int> items)
    {
        if (items.Length == 0) return;
        var target = cell(row);
        target.Capacity = target.Count + items.Length;
        foreach (var item in items) target.Add(lines[item]);
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

    /// <summary>The first unit name among the task cell's lines from <paramref name="from"/> on (-1: a blank line or the row's end comes first).</summary>
    private static int FindFirstUnit(TextLineFacts lines, ReadOnlySpan<int> items, int from)
    {
        for (var i = from; i < items.Length; i++)
        {
            if (lines.IsBlank(items[i])) return -1;
            if (StartsUnitName(lines, items, i)) return i;
        }

        return -1;
    }
}
