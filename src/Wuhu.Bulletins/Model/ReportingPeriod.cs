namespace Wuhu.Bulletins.Model;

/// <summary>The period a bulletin reports on. A full-year bulletin is quarter 4 with <see cref="FullYear"/> set.</summary>
public readonly record struct ReportingPeriod(int Year, int Quarter, bool FullYear)
{
    /// <summary>Storage key of the period, e.g. "2023-Q4" (also the Table Storage partition of its tasks).</summary>
    public string Key => $"{Year}-Q{Quarter}";

    public override string ToString() => FullYear ? $"{Year} 全年" : $"{Year} Q{Quarter}";
}
