namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>The part of a visual line that falls in one column band: one printed line of a cell.</summary>
internal sealed record PdfCellLine(int Page, int Band, PdfLine Line)
{
    public double Top => Line.Top;
    public double Bottom => Line.Bottom;
    public string Text => Line.Text;
}

/// <summary>A line inside the table that is a section heading spanning the columns ("一、扩大有效需求").</summary>
internal sealed record PdfSectionLine(int Page, PdfLine Line);
