namespace Wuhu.Bulletins.Input.Pdf;

/// <summary>How a visual line below the header was placed: cell lines, a section heading, or text that fits no cell.</summary>
internal enum PdfLineKind
{
    Cells,
    Section,
    /// <summary>A line crossing the columns or under the table's last rule: not a cell of this table.</summary>
    Unplaced,
    /// <summary>A web page's print/close links or site footer outside the table's cells.</summary>
    Footer,
}

/// <summary>One visual line of the table's part of a page (furniture and repeated headers already removed).</summary>
internal sealed record PdfRegionLine(PdfPageContent Page, int PageIndex, PdfLine Line, PdfLineKind Kind)
{
    public IReadOnlyList<PdfCellLine> Cells { get; init; } = [];

    /// <summary>Where an unplaced line stands ("below the table"), for its warning.</summary>
    public string Where { get; init; } = "";
}
