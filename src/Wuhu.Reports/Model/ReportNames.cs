namespace Wuhu.Reports.Model;

/// <summary>File names of reports, shared by the CLI, the publisher and the download API.</summary>
public static class ReportNames
{
    public static string FileName(ReportKind kind, int year, int? quarter) => kind switch
    {
        ReportKind.Annual => $"wuhu-{year}-annual.pdf",
        ReportKind.Quarterly when quarter is >= 1 and <= 4 => $"wuhu-{year}-q{quarter}.pdf",
        ReportKind.Quarterly => throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarterly report needs a quarter 1–4."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown report kind."),
    };
}
