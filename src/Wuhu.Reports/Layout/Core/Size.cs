namespace Wuhu.Reports.Layout;

/// <summary>A width and height in PDF points (1/72 inch).</summary>
public readonly record struct Size(float Width, float Height)
{
    /// <summary>Tolerance for float comparisons of layout sizes.</summary>
    public const float Epsilon = 0.01f;

    public static Size Zero => new(0, 0);

    public override string ToString() => $"{Width:0.##}x{Height:0.##}";
}
