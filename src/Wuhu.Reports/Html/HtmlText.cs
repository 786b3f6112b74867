using System.Globalization;
using System.Text;

namespace Wuhu.Reports.Html;

/// <summary>Escaping and number formatting for the HTML report; one StringBuilder, no per-cell string copies.</summary>
internal static class HtmlText
{
    /// <summary>Appends <paramref name="text"/> escaped for element content and double-quoted attributes.</summary>
    public static StringBuilder Escaped(this StringBuilder html, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return html;
        }

        var span = text.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var replacement = span[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => null,
            };
            if (replacement is not null)
            {
                html.Append(span[start..i]).Append(replacement);
                start = i + 1;
            }
        }

        return html.Append(span[start..]);
    }

    public static StringBuilder Number(this StringBuilder html, int value) => html.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Coordinates for SVG: invariant, two decimals at most, so the file stays small.</summary>
    public static StringBuilder Coordinate(this StringBuilder html, double value) =>
        html.Append(value.ToString("0.##", CultureInfo.InvariantCulture));

    public static string Decimal(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);
}
