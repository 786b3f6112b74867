namespace Wuhu.Reports.Layout;

/// <summary>A run of text in one style.</summary>
public sealed record TextSpan(string Text, TextStyle Style);

/// <summary>Horizontal placement of the lines of a text block.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,
}
