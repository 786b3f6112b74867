using System.Globalization;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>Title, publish date and publisher read from the page text before the table; everything else there is noise.</summary>
internal sealed partial record Preamble(string? Title, DateOnly? PublishedOn, string? Publisher)
{
    [GeneratedRegex(@"(?<y>20\d{2})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)|(?<y>20\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日")]
    private static partial Regex Date();

    [GeneratedRegex(@"(信息)?来源\s*[:：]\s*(?<who>[^\s【】|]+)")]
    private static partial Regex Source();

    [GeneratedRegex(@"(发布(时间|日期)|日期|时间)\s*[:：]|来源\s*[:：]")]
    private static partial Regex DateLineMarker();

    [GeneratedRegex(@"(任务|工作|事项).*(情况|通报|清单|进展)|(情况|进展)(通报|公示)")]
    private static partial Regex TitleShape();

    public static Preamble Read(IReadOnlyList<string> lines)
    {
        string? title = null;
        DateOnly? published = null;
        string? publisher = null;
        foreach (var raw in lines)
        {
            var line = TextCleaner.CleanLine(raw);
            if (line.Length == 0) continue;

            if (published is null && DateLineMarker().IsMatch(line) || published is null && line.StartsWith("20", StringComparison.Ordinal) && Date().Match(line) is { Success: true, Index: 0 })
            {
                published = ParseDate(Date().Match(line));
            }

            if (publisher is null && Source().Match(line) is { Success: true } source)
            {
                publisher = source.Groups["who"].Value;
            }

            if (title is null && line.Length <= 80 && TitleShape().IsMatch(line) && !PageNoise.IsFooter(line))
            {
                title = line.Split('_', '|')[0].Trim(); // page titles append "_site name"
            }
        }

        return new Preamble(title, published, publisher);
    }

    private static DateOnly? ParseDate(Match match)
    {
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
