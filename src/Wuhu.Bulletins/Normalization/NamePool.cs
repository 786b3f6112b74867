namespace Wuhu.Bulletins.Normalization;

/// <summary>
/// One string per distinct name within a parse: a bulletin names the same offices on hundreds of rows, and looking a
/// name up by its characters avoids a new string for each mention. Not thread-safe; one pool per parse.
/// </summary>
internal sealed class NamePool
{
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public NamePool() => bySpan = names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="name"/>, made on first use.</summary>
    public string Get(ReadOnlySpan<char> name)
    {
        if (bySpan.TryGetValue(name, out var pooled)) return pooled;
        pooled = name.ToString();
        names.Add(pooled, pooled);
        return pooled;
    }
}
