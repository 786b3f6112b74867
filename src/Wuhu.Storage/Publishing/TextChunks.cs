namespace Wuhu.Storage.Publishing;

/// <summary>
/// Splits text into pieces that fit a Table Storage string property (at most 32K UTF-16 chars) without
/// cutting a surrogate pair, so that concatenating the pieces gives back the text exactly.
/// </summary>
public static class TextChunks
{
    /// <summary>Below the 32,768-char property limit, with room to spare.</summary>
    public const int MaxChunkChars = 32_000;

    public static IReadOnlyList<string> Split(string text, int maxChunkChars = MaxChunkChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkChars, 2);
        if (text.Length <= maxChunkChars)
        {
            return [text];
        }

        var chunks = new List<string>(text.Length / maxChunkChars + 1);
        var start = 0;
        while (start < text.Length)
        {
            var length = Math.Min(maxChunkChars, text.Length - start);
            // A chunk ending on a high surrogate would leave an unpaired half in each property.
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            chunks.Add(text.Substring(start, length));
            start += length;
        }

        return chunks;
    }
}
