using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Wuhu.Reports.Model;

namespace Wuhu.Storage.Reports;

/// <summary>
/// Where reports live in the reports container: "{year}/wuhu-{year}-annual.pdf" and "{year}/wuhu-{year}-q{n}.pdf".
/// Anything else is refused, so a download path can never reach another blob or container.
/// </summary>
public static partial class ReportBlobNames
{
    public static string BlobName(ReportKind kind, int year, int? quarter) => $"{year}/{ReportNames.FileName(kind, year, quarter)}";

    /// <summary>
    /// True when <paramref name="year"/> is four digits and <paramref name="file"/> is one of that year's report
    /// names (lower case, exactly); then <paramref name="blobName"/> is the blob to read.
    /// </summary>
    public static bool TryResolve(string? year, string? file, [NotNullWhen(true)] out string? blobName)
    {
        blobName = null;
        if (year is null || file is null || !YearPattern().IsMatch(year))
        {
            return false;
        }

        var match = FilePattern().Match(file);
        if (!match.Success || match.Groups["year"].Value != year)
        {
            return false;
        }

        blobName = $"{year}/{file}";
        return true;
    }

    /// <summary>Reads a blob name back into its parts; false for blobs that are not reports.</summary>
    public static bool TryParse(string blobName, out int year, out ReportKind kind, out int? quarter)
    {
        (year, kind, quarter) = (0, ReportKind.Annual, null);
        var slash = blobName.IndexOf('/');
        if (slash < 0 || !TryResolve(blobName[..slash], blobName[(slash + 1)..], out _))
        {
            return false;
        }

        var match = FilePattern().Match(blobName[(slash + 1)..]);
        year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (match.Groups["quarter"].Success)
        {
            kind = ReportKind.Quarterly;
            quarter = match.Groups["quarter"].Value[0] - '0';
        }

        return true;
    }

    /// <summary>"2023" for an annual report, "2023-Q3" for a quarterly one (the period key of its data).</summary>
    public static string Period(int year, int? quarter) => quarter is { } q ? $"{year}-Q{q}" : $"{year}";

    [GeneratedRegex("^[0-9]{4}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex("^wuhu-(?<year>[0-9]{4})-(?:annual|q(?<quarter>[1-4]))\\.pdf\\z", RegexOptions.CultureInvariant)]
    private static partial Regex FilePattern();
}
