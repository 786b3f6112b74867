namespace Wuhu.Reports.Layout;

/// <summary>One laid-out line: pieces of single-style text with their x offsets.</summary>
public sealed record TextLine(IReadOnlyList<TextLinePiece> Pieces, float Width, float Height, float Baseline)
{
    public string Text => string.Concat(Pieces.Select(p => p.Text));
}

/// <summary>A single-style piece of a line.</summary>
public sealed record TextLinePiece(string Text, TextStyle Style, float X);
