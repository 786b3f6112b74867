namespace Wuhu.Reports.Model;

/// <summary>Which report: the whole year (from the year's latest bulletin) or one quarter.</summary>
public enum ReportKind
{
    Annual,
    Quarterly,
}
