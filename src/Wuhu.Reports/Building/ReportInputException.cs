namespace Wuhu.Reports.Building;

/// <summary>The bulletins given cannot make the report asked for (none for that period, two for one period…).</summary>
public sealed class ReportInputException(string message) : Exception(message);
