using Wuhu.Bulletins.Input;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// A header printed over two rows: 序号 | 重点工作任务 | 责任单位 (spanning 牵头单位 / 配合单位) | 完成情况, where the
/// cells of the first row that span both rows (rowspan, vMerge, a merged range, or simply nothing below them) name
/// their column, and the second row names the columns under a spanning group. Read as one header whose columns are
/// the second row's labels where it has them and the first row's elsewhere.
/// </summary>
internal static class HeaderBand
{
    /// <summary>A header starting at <paramref name="index"/>: two rows when they form a band, else the row alone.</summary>
    public static (HeaderRow Header, int Rows)? At(IReadOnlyList<IReadOnlyList<TableCell>> rows, int index)
    {
        if (index + 1 < rows.Count && Combine(rows[index], rows[index + 1]) is { } labels && HeaderRow.TryMatch(labels) is { } band)
        {
            return (band, 2);
        }

        return HeaderRow.TryMatch(rows[index].Select(c => c.Joined).ToList()) is { } single ? (single, 1) : null;
    }

    /// <summary>The first header in the rows: where it starts, the header, and how many rows it spans.</summary>
    public static (int Index, HeaderRow Header, int Rows)? Find(IReadOnlyList<IReadOnlyList<TableCell>> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (At(rows, i) is var (header, count)) return (i, header, count);
        }

        return null;
    }

    /// <summary>
    /// The column labels of an upper and a lower header row read together, or null when they are not one header:
    /// the lower row must name at least one column itself, the upper row must name at least one column alone
    /// (nothing of its own below it), and every label the lower row gives must read as a column (alone or with the
    /// group label above it: 责任单位 over 牵头 / 配合). A title row over a header row is not a band: it names no column.
    /// </summary>
    public static List<string>? Combine(IReadOnlyList<TableCell> upper, IReadOnlyList<TableCell> lower)
    {
        var width = Math.Max(upper.Count, lower.Count);
        var labels = new List<string>(width);
        var fromUpper = 0;
        var fromLower = 0;
        HashSet<int>? groups = null;
        for (var c = 0; c < width; c++)
        {
            var up = c < upper.Count ? upper[c] : TableCell.Empty;
            var down = c < lower.Count ? lower[c] : TableCell.Empty;
            if (down.IsBlank || down.MergedFromAbove)
            {
                labels.Add(up.Joined);
                if (!up.IsBlank) fromUpper++;
                continue;
            }

            var group = GroupAbove(upper, lower, c);
            if (LabelOf(down.Joined, group is { } g ? upper[g].Joined : null) is not { } label) return null;
            if (group is { } used) (groups ??= []).Add(used);
            labels.Add(label);
            fromLower++;
        }

        if (fromUpper == 0 || fromLower == 0) return null;

        // Every text of the upper row is a column label or a group label over lower labels (never a title or a note).
        for (var c = 0; c < upper.Count; c++)
        {
            if (upper[c].IsBlank || groups?.Contains(c) == true) continue;
            var below = c < lower.Count ? lower[c] : TableCell.Empty;
            if (!(below.IsBlank || below.MergedFromAbove) || HeaderRow.Classify(upper[c].Joined) is null) return null;
        }

        return labels;
    }

    /// <summary>
    /// A two-row header copied as one label per line (序号 / 重点工作任务 / 责任单位 / 完成情况 / 牵头单位 / 配合单位): the
    /// last labels are the second row, naming the columns under a group label of the first (责任单位), which they
    /// replace. Null when no such reading names the columns.
    /// </summary>
    public static HeaderRow? TryFlat(IReadOnlyList<string> labels)
    {
        for (var split = labels.Count - 1; split >= 3; split--)
        {
            for (var group = 0; group < split; group++)
            {
                var lower = labels.Skip(split).Select(l => LabelOf(l, labels[group])).ToList();
                if (lower.Any(l => l is null)) continue;
                List<string> combined = [.. labels.Take(group), .. lower.OfType<string>(), .. labels.Skip(group + 1).Take(split - group - 1)];
                if (HeaderRow.TryMatch(combined) is { } header) return header;
            }
        }

        return null;
    }

    /// <summary>
    /// A row under the header that carries no number and no task of its own, only short labels (一季度 / 二季度 under
    /// a spanning 完成情况): a second header row the columns could not be read from. Never a task.
    /// </summary>
    public static bool IsUnreadLabelRow(IReadOnlyList<TableCell> row, HeaderRow header)
    {
        bool Own(int? index) => index is { } i && i < row.Count && !row[i].IsBlank && !row[i].MergedFromAbove;
        if (Own(header.IndexOf(ColumnKind.Number)) || Own(header.IndexOf(ColumnKind.Task))) return false;
        var own = row.Where(c => !c.IsBlank && !c.MergedFromAbove).ToList();
        return own.Count > 0 && own.All(c => c.Lines.Count(l => !TextCleaner.IsBlank(l)) == 1 && IsShortLabel(TextCleaner.CleanLine(c.Joined)));
    }

    /// <summary>A few words with no sentence, number or unit name in them (those are a continuation row's content).</summary>
    private static bool IsShortLabel(string text) =>
        text.Length is > 0 and <= 12 && !TaskNumber.TryParse(text, out _) && !TaskNumber.IsSectionHeading(text) && !LeadUnits.IsUnitLine(text)
        && !text.Any(c => c is '。' or '；' or ';' or '，' or ',' or '：' or ':');

    /// <summary>
    /// The upper cell a lower label sits under: the one right above it, or — for a group spanning several columns,
    /// which prints once at its left — the nearest filled upper cell to the left whose own lower cell is a label too.
    /// </summary>
    private static int? GroupAbove(IReadOnlyList<TableCell> upper, IReadOnlyList<TableCell> lower, int column)
    {
        for (var c = Math.Min(column, upper.Count - 1); c >= 0; c--)
        {
            if (upper[c].IsBlank) continue;
            var below = c < lower.Count ? lower[c] : TableCell.Empty;
            return below.IsBlank || below.MergedFromAbove ? null : c;
        }

        return null;
    }

    /// <summary>A lower label as a column: itself, or read with its group ("牵头" under "责任单位" → 牵头责任单位).</summary>
    private static string? LabelOf(string lower, string? group)
    {
        var label = TextCleaner.RemoveAllWhitespace(lower);
        var over = group is null ? null : TextCleaner.RemoveAllWhitespace(group);
        // The group first: "一季度" over "完成情况" keeps the period the progress header names.
        string?[] candidates = over is null ? [label, label + "单位"] : [over + label, label, label + over, label + "单位"];
        return candidates.FirstOrDefault(c => c is not null && HeaderRow.Classify(c) is not null);
    }
}
