using System.Globalization;
using System.Text.RegularExpressions;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Finds the year and quarter a bulletin reports on: from the title, else the progress column's header, else the
/// body ("2025年一季度,…"), else the file name ("2024-Q2", "2024q2", "2024年二季度"). Year and quarter may come from
/// different places ("2024年重点工作" + "一季度进展情况").
/// </summary>
internal static partial class PeriodDetector
{
    [GeneratedRegex(@"(?<y>20\d{2})\s*年")]
    private static partial Regex YearWithCharacter();

    [GeneratedRegex(@"(?<![\d])(?<y>20\d{2})(?![\d])")]
    private static partial Regex BareYear();

    // Longer forms first: "前三季度" before "三季度", "1-12月" before "1-2月".
    [GeneratedRegex(@"(?<full>年度|全年|1\s*[-—~至]\s*12\s*月|(?i:annual))|(?<q3>前三季度|1\s*[-—~至]\s*9\s*月)|(?<q2>上半年|1\s*[-—~至]\s*6\s*月)|(?<q1>1\s*[-—~至]\s*3\s*月)|第?(?<qn>[一二三四1-4])\s*季度|[Qq](?<qd>[1-4])(?![\d])")]
    private static partial Regex QuarterWords();

    private sealed record Clue(int? Year, int? Quarter, bool FullYear, string Source);

    public static (ReportingPeriod Period, string Source) Detect(string? title, string? progressHeader, IEnumerable<string> body, string fileName)
    {
        // Later clues are only read when the earlier ones leave the quarter open (the body can be long).
        var clues = new List<Clue>();
        IEnumerable<Func<Clue>> readers =
        [
            () => Read(title ?? "", "title"),
            () => Read(progressHeader ?? "", "progressHeader"),
            () => ReadBody(body),
            () => Read(Path.GetFileNameWithoutExtension(fileName), "fileName", bareYear: true),
            () => ClosingReport(title),
        ];
        foreach (var read in readers)
        {
            clues.Add(read());
            if (clues[^1].Quarter is not null && clues.Any(c => c.Year is not null)) break;
        }

        var quarterClue = clues.FirstOrDefault(c => c.Quarter is not null);
        var year = quarterClue?.Year ?? clues.FirstOrDefault(c => c.Year is not null)?.Year;
        if (quarterClue is null || year is null)
        {
            var found = year is null ? "no year" : $"the year {year} but no quarter";
            throw new BulletinRejectedException(
                "noPeriod",
                $"{fileName}: cannot tell which period this bulletin reports on: found {found}. Looked in the title, the progress column header, "
                + "the text (\"2025年一季度\") and the file name for a year (\"2023年\") with 年度/全年, 一季度…四季度, 上半年, 前三季度, 1-9月 or Q1–Q4 "
                + "(name the file e.g. 2024-Q2.txt to say it).");
        }

        var source = quarterClue.Year is null ? $"{quarterClue.Source}+year" : quarterClue.Source;
        return (new ReportingPeriod(year.Value, quarterClue.Quarter!.Value, quarterClue.FullYear), source);
    }

    /// <summary>
    /// A warning when the title and the progress column's header name different periods ("2024年一季度…" over
    /// "上半年进展情况"): one of them is wrong, and the reader should know which one the bulletin was filed under.
    /// </summary>
    public static ParseWarning? CompareTitleAndHeader(string? title, string? progressHeader, ReportingPeriod used, string usedSource)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(progressHeader)) return null;
        var fromTitle = Read(title, "title");
        var fromHeader = Read(progressHeader, "progressHeader");
        var yearsDiffer = fromTitle.Year is { } a && fromHeader.Year is { } b && a != b;
        var quartersDiffer = fromTitle.Quarter is { } p && fromHeader.Quarter is { } q && (p != q || fromTitle.FullYear != fromHeader.FullYear);
        if (!yearsDiffer && !quartersDiffer) return null;
        return new ParseWarning(
            "periodMismatch",
            $"the title \"{TextCleaner.CleanLine(title)}\" names {Describe(fromTitle)} but the progress column \"{TextCleaner.CleanLine(progressHeader)}\" names {Describe(fromHeader)}; "
            + $"filed under {used.Year} {(used.FullYear ? "全年" : $"Q{used.Quarter}")} (from the {usedSource}).");
    }

    /// <summary>True when two texts both name a year or a quarter and those differ ("一季度工作进展" vs "二季度工作进展").</summary>
    public static bool NameDifferentPeriods(string a, string b)
    {
        var first = Read(a, "a");
        var second = Read(b, "b");
        return (first.Year is { } x && second.Year is { } y && x != y)
            || (first.Quarter is { } p && second.Quarter is { } q && (p != q || first.FullYear != second.FullYear));
    }

    private static string Describe(Clue clue)
    {
        var year = clue.Year is { } y ? $"{y}" : "";
        var quarter = clue.Quarter is null ? "" : clue.FullYear ? "全年" : $"Q{clue.Quarter}";
        return (year, quarter) switch
        {
            ("", "") => "no period",
            (_, "") => $"the year {year}",
            ("", _) => quarter,
            _ => $"{year} {quarter}",
        };
    }

    /// <summary>
    /// "芜湖市2021年重点工作任务完成情况": a completion report (完成情况) for a year, with no quarter named anywhere
    /// (title, header, text or file name), is the year-end bulletin. Read last, so any quarter word wins.
    /// </summary>
    private static Clue ClosingReport(string? title)
    {
        var compact = TextCleaner.RemoveAllWhitespace(title ?? "");
        var year = YearWithCharacter().Match(compact);
        return year.Success && compact.EndsWith("完成情况", StringComparison.Ordinal)
            ? new Clue(int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture), 4, true, "titleCompletion")
            : new Clue(null, null, false, "titleCompletion");
    }

    private static Clue ReadBody(IEnumerable<string> body)
    {
        // Only a year and a quarter word together in the body count ("2025年一季度"): a bare "2023年" is too common.
        foreach (var line in body)
        {
            var text = TextCleaner.RemoveAllWhitespace(line);
            foreach (Match year in YearWithCharacter().Matches(text))
            {
                var rest = text[(year.Index + year.Length)..];
                var quarter = QuarterWords().Match(rest);
                if (quarter.Success && quarter.Index == 0)
                {
                    return Read(year.Value + quarter.Value, "body");
                }
            }
        }

        return new Clue(null, null, false, "body");
    }

    private static Clue Read(string text, string source, bool bareYear = false)
    {
        var compact = TextCleaner.RemoveAllWhitespace(text);
        var yearMatch = YearWithCharacter().Match(compact);
        if (!yearMatch.Success && bareYear) yearMatch = BareYear().Match(compact);
        int? year = yearMatch.Success ? int.Parse(yearMatch.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

        // A specific quarter outranks a year word: "2024年度重点工作一季度进展" is Q1.
        var matches = QuarterWords().Matches(compact);
        var quarterMatch = matches.FirstOrDefault(m => !m.Groups["full"].Success) ?? matches.FirstOrDefault();
        if (quarterMatch is null)
        {
            return new Clue(year, null, false, source);
        }

        var groups = quarterMatch.Groups;
        if (groups["full"].Success) return new Clue(year, 4, true, source);
        if (groups["q3"].Success) return new Clue(year, 3, false, source);
        if (groups["q2"].Success) return new Clue(year, 2, false, source);
        if (groups["q1"].Success) return new Clue(year, 1, false, source);
        var digit = groups["qn"].Success ? groups["qn"].Value : groups["qd"].Value;
        return new Clue(year, "一二三四".IndexOf(digit[0]) is var i and >= 0 ? i + 1 : digit[0] - '0', false, source);
    }
}
