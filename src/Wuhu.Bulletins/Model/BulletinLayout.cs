namespace Wuhu.Bulletins.Model;

/// <summary>How a bulletin lays its tasks out, whatever the container format.</summary>
public enum BulletinLayout
{
    /// <summary>A real table: HTML, .docx or .xlsx cells.</summary>
    Table,
    /// <summary>Text copied out of a web page table: one cell paragraph per line, rows starting at their number.</summary>
    TextCells,
    /// <summary>Numbered task paragraphs followed by labelled lines (进展情况:… 牵头责任单位:…).</summary>
    List,
    /// <summary>One row per line, cells separated by tabs (typed or pasted from Excel; quoted multi-line cells).</summary>
    TabSeparated,
    /// <summary>One row per line, cells separated by "|" (tables copied from web pages, markdown).</summary>
    PipeTable,
}
