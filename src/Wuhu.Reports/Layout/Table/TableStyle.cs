namespace Wuhu.Reports.Layout;

/// <summary>The look of a <see cref="Table"/>: cell padding, grid lines, header and stripe colours.</summary>
public sealed record TableStyle
{
    public float CellPaddingX { get; init; } = 5f;

    public float CellPaddingY { get; init; } = 3.5f;

    public RgbColor GridColor { get; init; } = new(0xD0, 0xD5, 0xDD);

    public float GridThickness { get; init; } = 0.5f;

    public bool VerticalLines { get; init; }

    public RgbColor? HeaderBackground { get; init; } = new(0x1F, 0x3A, 0x5F);

    /// <summary>Background of every second body row, when set.</summary>
    public RgbColor? StripeBackground { get; init; } = new(0xF4, 0xF6, 0xF9);

    /// <summary>
    /// When true (the default) a row that does not fit moves to the next page whole, and only a row
    /// that is first on its page (taller than a page) is split. When false rows split wherever the page ends.
    /// </summary>
    public bool KeepRowsTogether { get; init; } = true;
}
