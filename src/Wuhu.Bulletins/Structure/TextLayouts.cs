using Wuhu.Bulletins.Input;
using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Text (or an HTML page or .docx without a usable table) can hold a bulletin in several layouts; each is tried
/// in turn: delimited cells (tabs, "|"), one cell per line under a header, a numbered list with labelled fields.
/// </summary>
internal static class TextLayouts
{
    public static TableLayout Read(TextDocument text, string sourceName)
    {
        // The delimited reader looks only at lines holding a tab or a "|": a split text knows whether it has any.
        if (text.Lines is not TextLines { HasCellDelimiters: false } && DelimitedTextReader.TryRead(text) is var (table, layout))
        {
            var read = TabularLayoutReader.Read(table, sourceName);
            return read with { Layout = layout, Warnings = [.. table.Warnings, .. read.Warnings] };
        }

        return TextLayoutReader.TryRead(text.Lines)
            ?? ListLayoutReader.TryRead(text.Lines)
            ?? throw new BulletinRejectedException(
                "noTable",
                $"{sourceName}: no table header found (looked for {HeaderRow.Describe()}; cells one per line, tab- or |-separated), "
                + "and no numbered task list with labelled lines (1.… / 进展情况:… / 牵头责任单位:…).");
    }
}
