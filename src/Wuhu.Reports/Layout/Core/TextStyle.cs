namespace Wuhu.Reports.Layout;

/// <summary>How a run of text looks. <see cref="LineHeight"/> is a multiple of the font size.</summary>
public sealed record TextStyle(float Size = 10f, bool Bold = false, RgbColor Color = default, float LineHeight = 1.5f)
{
    public static TextStyle Default { get; } = new();

    public TextStyle WithSize(float size) => this with { Size = size };

    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };

    public TextStyle WithColor(RgbColor color) => this with { Color = color };
}
