using Wuhu.Bulletins.Model;

namespace Wuhu.Bulletins.Input;

/// <summary>A cell of a table row: its paragraphs (lines) as printed.</summary>
internal sealed record TableCell(IReadOnlyList<string> Lines)
{
    public string Joined => string.Join("\n", Lines);
    public bool IsBlank => Lines.All(string.IsNullOrWhiteSpace);
}

/// <summary>What a reader extracted from the file, before any bulletin structure is recognized.</summary>
internal abstract record SourceDocument(BulletinFormat Format);

/// <summary>Plain text (or HTML reduced to text): one line per paragraph, cells not delimited.</summary>
internal sealed record TextDocument(BulletinFormat Format, IReadOnlyList<string> Lines) : SourceDocument(Format);

/// <summary>A document holding a real table: lines before it, then its rows of cells.</summary>
internal sealed record TabularDocument(BulletinFormat Format, IReadOnlyList<string> Preamble, IReadOnlyList<IReadOnlyList<TableCell>> Rows)
    : SourceDocument(Format)
{
    /// <summary>What the reader found but could not place in the table (e.g. PDF text outside the columns).</summary>
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];
}
