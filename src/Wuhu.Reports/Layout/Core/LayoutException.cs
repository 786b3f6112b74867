namespace Wuhu.Reports.Layout;

/// <summary>Content that cannot be laid out (e.g. wider than the page, or taller than an empty page).</summary>
public sealed class LayoutException(string message) : Exception(message);
