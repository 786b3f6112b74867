namespace Wuhu.Bulletins.Input;

/// <summary>A cell as a table format declares it: its text and how many columns and rows it covers.</summary>
internal sealed record SpannedCell(TableCell Cell, int ColumnSpan = 1, int RowSpan = 1);

/// <summary>
/// Lays spanned cells out on the table's grid, the way a browser or Word does, so that every cell stands in the
/// column its header names: a cell spanning columns fills the first and leaves the others empty; a cell spanning
/// rows is repeated in each row below, marked <see cref="TableCell.MergedFromAbove"/>.
/// </summary>
internal static class CellGrid
{
    /// <summary>Bounds hostile spans (rowspan="65534"): no bulletin table is wider than this.</summary>
    private const int MaxColumnSpan = 64;

    /// <summary>Bounds the work hostile spans can cause; past it, spans count as one cell.</summary>
    private const long MaxPlacements = 4_000_000;

    public static List<IReadOnlyList<TableCell>> Expand(IReadOnlyList<IReadOnlyList<SpannedCell>> rows)
    {
        var covered = new Dictionary<(int Row, int Column), TableCell>();
        var widths = new int[rows.Count];
        var placements = 0L;
        var result = new List<IReadOnlyList<TableCell>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var spanned in rows[r])
            {
                while (covered.ContainsKey((r, column))) column++;
                var columns = Math.Clamp(spanned.ColumnSpan, 1, MaxColumnSpan);
                var rowSpan = Math.Clamp(spanned.RowSpan, 1, rows.Count - r);
                placements += (long)columns * rowSpan;
                if (placements > MaxPlacements) (columns, rowSpan) = (1, 1);
                for (var dc = 0; dc < columns; dc++)
                {
                    var cell = dc == 0 ? spanned.Cell : TableCell.Empty;
                    for (var dr = 0; dr < rowSpan; dr++)
                    {
                        covered[(r + dr, column + dc)] = dr == 0 ? cell : dc == 0 ? cell with { MergedFromAbove = true } : TableCell.Empty;
                        widths[r + dr] = Math.Max(widths[r + dr], column + dc + 1);
                    }
                }

                column += columns;
            }

            var cells = new TableCell[widths[r]];
            for (var c = 0; c < cells.Length; c++) cells[c] = covered.Remove((r, c), out var cell) ? cell : TableCell.Empty;
            result.Add(cells);
        }

        return result;
    }
}
