using System.Buffers;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>The kinds of column a bulletin table has.</summary>
internal enum ColumnKind
{
    Number,
    Task,
    Units,
    Progress,
    Remarks,
    /// <summary>Cooperating units: 协同责任单位 / 配合单位, or a 责任单位 column beside 牵头责任单位.</summary>
    PartnerUnits,
}

/// <summary>
/// The table's header row, recognized whatever its wording ("工作任务" or "目标与任务", "2023年全年完成情况" or
/// "一季度工作进展"…). Maps each column kind to its position.
/// </summary>
internal sealed partial record HeaderRow(IReadOnlyDictionary<ColumnKind, int> Columns, string ProgressHeader, int CellCount)
{
    [GeneratedRegex(@"^(序号|编号|序|番号|No\.?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberHeader();

    [GeneratedRegex(@"^(重点)?(工作任务|目标与任务|目标任务|任务目标|任务内容|主要任务|工作内容|重点任务|重点工作|工作目标|任务)$")]
    private static partial Regex TaskHeader();

    [GeneratedRegex(@"^(牵头)?(责任)?(单位|部门)$|^牵头(责任)?(单位|部门)$|^责任(单位|部门)$")]
    private static partial Regex UnitsHeader();

    [GeneratedRegex(@"^(协同|配合|协办|参与|协作)(责任)?(单位|部门)$")]
    private static partial Regex PartnerUnitsHeader();

    [GeneratedRegex(@"(完成情况|进展情况|工作进展|推进情况|落实情况|进展|完成进度|推进进度)$")]
    private static partial Regex ProgressHeaderPattern();

    [GeneratedRegex(@"^备\s*注$")]
    private static partial Regex RemarksHeader();

    /// <summary>
    /// The last characters of every header pattern above (序号/No., …任务/…目标/…内容/…工作, …单位/…部门, …情况/…进展/…进度,
    /// 备注): any other last character rules a line out before six regexes run. Keep in step with the patterns.
    /// </summary>
    private static readonly SearchValues<char> HeaderEndings = SearchValues.Create("号序oO.务标容作位门况展度注");

    /// <summary>Header cells are a few words; longer text (without its whitespace) is never one.</summary>
    private const int MaxHeaderLength = 40;

    public bool Has(ColumnKind kind) => Columns.ContainsKey(kind);

    public int? IndexOf(ColumnKind kind) => Columns.TryGetValue(kind, out var index) ? index : null;

    /// <summary>What we look for, for rejection messages.</summary>
    public static string Describe() =>
        "序号 (optional), 工作任务/目标与任务, 牵头责任单位, a progress column such as …完成情况/…进展情况/…工作进展, 备注 (optional)";

    public static ColumnKind? Classify(string cell)
    {
        // Runs on every line of a text table (a repeated header can appear anywhere): the last visible character rules
        // out nearly every line before the line without whitespace is built, on the stack (no copy of the line).
        if (!HeaderEndings.Contains(LineBuffers.LastVisible(cell))) return null; // a blank line's '\0' is no ending either
        Span<char> buffer = stackalloc char[MaxHeaderLength];
        if (!LineBuffers.TryCompact(cell, buffer, out var length)) return null;
        var text = buffer[..length];
        if (NumberHeader().IsMatch(text)) return ColumnKind.Number;
        if (PartnerUnitsHeader().IsMatch(text)) return ColumnKind.PartnerUnits;
        if (UnitsHeader().IsMatch(text)) return ColumnKind.Units;
        if (TaskHeader().IsMatch(text)) return ColumnKind.Task;
        if (RemarksHeader().IsMatch(text)) return ColumnKind.Remarks;
        if (ProgressHeaderPattern().IsMatch(text)) return ColumnKind.Progress;
        return null;
    }

    private static bool LeadsByName(string cell) => TextCleaner.RemoveAllWhitespace(cell).StartsWith("牵头", StringComparison.Ordinal);

    /// <summary>Recognizes a header row from its cells; null unless task, units and progress columns are all named.</summary>
    public static HeaderRow? TryMatch(IReadOnlyList<string> cells)
    {
        var columns = new Dictionary<ColumnKind, int>();
        string? progressHeader = null;
        for (var i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(cells[i])) continue;
            if (Classify(cells[i]) is not { } kind) return null;
            if (kind == ColumnKind.Units && columns.TryGetValue(ColumnKind.Units, out var other) && !columns.ContainsKey(ColumnKind.PartnerUnits))
            {
                // 牵头责任单位 beside 责任单位: the column naming 牵头 leads, the other names the cooperating units.
                var thisLeads = LeadsByName(cells[i]);
                if (thisLeads == LeadsByName(cells[other])) return null;
                columns[ColumnKind.PartnerUnits] = thisLeads ? other : i;
                columns[ColumnKind.Units] = thisLeads ? i : other;
                continue;
            }

            if (columns.ContainsKey(kind)) return null;
            columns[kind] = i;
            if (kind == ColumnKind.Progress) progressHeader = TextCleaner.RemoveAllWhitespace(cells[i]);
        }

        return columns.ContainsKey(ColumnKind.Task) && columns.ContainsKey(ColumnKind.Units) && progressHeader is not null
            ? new HeaderRow(columns, progressHeader, cells.Count)
            : null;
    }
}
