using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Input;

/// <summary>A cell of a table row: its paragraphs (lines) as printed.</summary>
internal sealed record TableCell(IReadOnlyList<string> Lines)
{
    public static TableCell Empty { get; } = new([""]);

    /// <summary>
    /// A copy of the cell above, standing where a vertically merged cell (rowspan, vMerge, a merged range) covers
    /// this row: the row owns the value, but it was printed once, in the row where the merge starts.
    /// </summary>
    public bool MergedFromAbove { get; init; }

    public string Joined => string.Join("\n", Lines);
    public bool IsBlank => Lines.All(string.IsNullOrWhiteSpace);
}

/// <summary>What a reader extracted from the file, before any bulletin structure is recognized.</summary>
internal abstract record SourceDocument(BulletinFormat Format)
{
    /// <summary>What the reader left out or could not place and why (hidden rows, other tables, PDF text outside the columns): named, never dropped silently.</summary>
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];
}

/// <summary>Plain text (or HTML reduced to text): one line per paragraph, cells not delimited.</summary>
internal sealed record TextDocument(BulletinFormat Format, IReadOnlyList<string> Lines) : SourceDocument(Format);

/// <summary>
/// A document holding a real table: lines before it, then its rows of cells (merged cells expanded to every
/// position they cover; continuation tables after a page break appended).
/// </summary>
internal sealed record TabularDocument(BulletinFormat Format, IReadOnlyList<string> Preamble, IReadOnlyList<IReadOnlyList<TableCell>> Rows)
    : SourceDocument(Format)
{
    /// <summary>Where each row stands in the file, for messages ("sheet \"续\" row 3"); a missing or null entry reads "row N".</summary>
    public IReadOnlyList<string?> RowNames { get; init; } = [];

    public string RowName(int index) => index < RowNames.Count && RowNames[index] is { } name ? name : $"row {index + 1}";
}
