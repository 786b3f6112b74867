namespace Wuhu.Reports.Layout;

/// <summary>Paper size and margins in points.</summary>
public sealed record PageSetup(Size PaperSize, float MarginLeft, float MarginTop, float MarginRight, float MarginBottom)
{
    /// <summary>ISO A4, 210 x 297 mm.</summary>
    public static Size A4 => new(595.28f, 841.89f);

    public static PageSetup A4WithMargins(float margin) => new(A4, margin, margin, margin, margin);

    public float ContentWidth => PaperSize.Width - MarginLeft - MarginRight;

    public float ContentHeight => PaperSize.Height - MarginTop - MarginBottom;
}
