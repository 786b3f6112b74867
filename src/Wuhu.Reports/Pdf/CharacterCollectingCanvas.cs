using Wuhu.Reports.Layout;

namespace Wuhu.Reports.Pdf;

/// <summary>Draws nothing; remembers which characters are drawn in which weight (for font subsetting).</summary>
internal sealed class CharacterCollectingCanvas : IDrawingCanvas
{
    public HashSet<int> Regular { get; } = [];

    public HashSet<int> Bold { get; } = [];

    public void DrawText(string text, float x, float baseline, TextStyle style)
    {
        var set = style.Bold ? Bold : Regular;
        foreach (var rune in text.EnumerateRunes())
        {
            set.Add(rune.Value);
        }
    }

    public void Translate(float dx, float dy)
    {
    }

    public void FillRectangle(float x, float y, float width, float height, RgbColor color)
    {
    }

    public void StrokeRectangle(float x, float y, float width, float height, RgbColor color, float thickness)
    {
    }

    public void DrawLine(float x1, float y1, float x2, float y2, RgbColor color, float thickness)
    {
    }

    public void FillRingSector(float centerX, float centerY, float outerRadius, float innerRadius, float startAngle, float sweepAngle, RgbColor color)
    {
    }
}
