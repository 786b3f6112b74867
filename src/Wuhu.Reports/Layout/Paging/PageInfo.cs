namespace Wuhu.Reports.Layout;

/// <summary>The page being composed; <see cref="TotalPages"/> is 0 in the counting pass.</summary>
public readonly record struct PageInfo(int Number, int TotalPages);
