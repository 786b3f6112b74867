using Wuhu.Reports.Layout;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Reports.Rendering;

/// <summary>Small reusable pieces of report pages built from layout elements.</summary>
internal static class Blocks
{
    public static TextBlock Text(string text, TextStyle style, TextAlignment alignment = TextAlignment.Left) => new(text, style, alignment);

    public static TextBlock Cell(string text) => new(text, ReportTheme.Cell);

    public static TextBlock CenteredCell(string text) => new(text, ReportTheme.Cell, TextAlignment.Center);

    public static TextBlock RightCell(string text) => new(text, ReportTheme.Cell, TextAlignment.Right);

    public static TextBlock HeaderCell(string text, TextAlignment alignment = TextAlignment.Left) => new(text, ReportTheme.HeaderCell, alignment);

    public static TextBlock CenteredHeader(string text) => HeaderCell(text, TextAlignment.Center);

    public static TextBlock RightHeader(string text) => HeaderCell(text, TextAlignment.Right);

    public static TextBlock StatusCell(TaskStatus status, string label) =>
        new(label, ReportTheme.Cell with { Bold = true, Color = ReportTheme.StatusColor(status) }, TextAlignment.Center);

    /// <summary>A section title with a short accent bar under it; kept with what follows by the caller.</summary>
    public static Element SectionTitle(string title) =>
        new Column(4)
            .Add(new TextBlock(title, ReportTheme.SectionTitle))
            .Add(new Border(new Spacer(2), ReportTheme.Accent, 0, 2, 0, 0));

    public static Element SubTitle(string title) => new Padding(new TextBlock(title, ReportTheme.SubTitle), 0, 4, 0, 2);

    /// <summary>A title with its content; it starts on a new page unless a useful amount of the content fits under it.</summary>
    public static Element Titled(Element title, Element content, float minHeight = 140) =>
        new EnsureSpace(new Column(8).Add(title).Add(content), minHeight);

    public static Element Note(string text) => new TextBlock(text, ReportTheme.Small);

    public static Element None(string text = "无。") => new TextBlock(text, ReportTheme.Body with { Color = ReportTheme.Muted });

    /// <summary>
    /// Units separated by "、": a line breaks only between names (after "、"), never inside one, unless a single
    /// name is wider than its column.
    /// </summary>
    public static TextBlock Units(IReadOnlyList<string> units, TextStyle? style = null)
    {
        var cell = style ?? ReportTheme.Cell;
        if (units.Count == 0)
        {
            return new TextBlock("—", cell);
        }

        var spans = new List<TextSpan>();
        for (var i = 0; i < units.Count; i++)
        {
            spans.Add(new TextSpan(units[i], cell, KeepWhole: true));
            if (i < units.Count - 1)
            {
                spans.Add(new TextSpan("、", cell));
            }
        }

        return new TextBlock(spans);
    }
}
