namespace Wuhu.Reports.Layout;

/// <summary>A run of text in one style.</summary>
/// <param name="KeepWhole">
/// No line break inside this span (a unit's name in a table cell), unless the span alone is wider than the line.
/// </param>
public sealed record TextSpan(string Text, TextStyle Style, bool KeepWhole = false);

/// <summary>Horizontal placement of the lines of a text block.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,
}
