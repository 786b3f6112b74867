using System.Buffers;
using System.Collections;
using System.Numerics;

namespace Wuhu.Bulletins.Input;

/// <summary>
/// The lines of a text upload, as string.ReplaceLineEndings("\n").Split('\n') gives them, held compactly: every line
/// lives until the parse ends (each garbage collection during the parse copies it), and a long upload has tens of
/// thousands. Empty lines (half of the lines of text copied out of a web page) are one bit each rather than a list
/// entry; the other lines' strings sit in chunks small enough to stay out of the large-object heap; and a short line
/// seen before (an empty cell's "  \u00A0", a unit name repeated on hundreds of rows) is the same string again.
/// </summary>
internal sealed class TextLines : IReadOnlyList<string>
{
    /// <summary>Strings per chunk: 4096 references are 32 KB, well under the large-object threshold (85,000 bytes).</summary>
    private const int ChunkShift = 12;

    private const int ChunkSize = 1 << ChunkShift;

    /// <summary>The newline sequences string.ReplaceLineEndings knows: CR, LF, CRLF, NEL, FF, LS and PS.</summary>
    private static readonly SearchValues<char> LineEnds = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    /// <summary>The line ends other than CR and LF: a text without them (nearly every upload) is split on the two alone.</summary>
    private static readonly SearchValues<char> RareLineEnds = SearchValues.Create("\f\u0085\u2028\u2029");

    private static readonly SearchValues<char> CommonLineEnds = SearchValues.Create("\r\n");

    private readonly int count;

    /// <summary>One bit per line: set for an empty line.</summary>
    private readonly ulong[] emptyBits;

    /// <summary>For each word of <see cref="emptyBits"/>, how many non-empty lines come before its first line.</summary>
    private readonly int[] nonEmptyBefore;

    private readonly string[][] chunks;

    private TextLines(int count, ulong[] emptyBits, int[] nonEmptyBefore, string[][] chunks, bool hasCellDelimiters)
    {
        this.count = count;
        HasCellDelimiters = hasCellDelimiters;
        this.emptyBits = emptyBits;
        this.nonEmptyBefore = nonEmptyBefore;
        this.chunks = chunks;
    }

    public int Count => count;

    /// <summary>Whether any line holds a tab or a "|", the delimiters of cells written as text.</summary>
    public bool HasCellDelimiters { get; }

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)count) ThrowOutOfRange();
            var word = emptyBits[index >> 6];
            var bit = 1UL << (index & 63);
            if ((word & bit) != 0) return "";
            var rank = nonEmptyBefore[index >> 6] + BitOperations.PopCount(~word & (bit - 1));
            return chunks[rank >> ChunkShift][rank & (ChunkSize - 1)];
        }
    }

    private static void ThrowOutOfRange() => throw new ArgumentOutOfRangeException("index");

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The lines of <paramref name="text"/>, split at every newline sequence (CRLF counts once).</summary>
    public static TextLines Split(ReadOnlySpan<char> text)
    {
        var rare = text.ContainsAny(RareLineEnds);
        // An upper bound of the number of lines (a CRLF counts twice), from vectorized counts.
        var maxLines = text.Count('\n') + text.Count('\r') + 1;
        if (rare) maxLines += text.Count('\f') + text.Count('\u0085') + text.Count('\u2028') + text.Count('\u2029');
        // First the lines' extents, in a pooled scratch array, so that what lives on is allocated once at its size.
        var extents = ArrayPool<int>.Shared.Rent(2 * maxLines);
        try
        {
            var lines = FindLines(text, rare ? LineEnds : CommonLineEnds, extents);
            var emptyBits = new ulong[(lines + 63) >> 6];
            var nonEmptyBefore = new int[emptyBits.Length];
            var nonEmpty = 0;
            for (var i = 0; i < lines; i++)
            {
                if ((i & 63) == 0) nonEmptyBefore[i >> 6] = nonEmpty;
                if (extents[2 * i + 1] == 0) emptyBits[i >> 6] |= 1UL << (i & 63);
                else nonEmpty++;
            }

            var chunks = new string[(nonEmpty + ChunkSize - 1) >> ChunkShift][];
            for (var c = 0; c < chunks.Length; c++) chunks[c] = new string[Math.Min(ChunkSize, nonEmpty - (c << ChunkShift))];
            var pool = new ShortLinePool();
            var at = 0;
            for (var i = 0; i < lines; i++)
            {
                var length = extents[2 * i + 1];
                if (length == 0) continue;
                chunks[at >> ChunkShift][at & (ChunkSize - 1)] = pool.Get(text.Slice(extents[2 * i], length));
                at++;
            }

            return new TextLines(lines, emptyBits, nonEmptyBefore, chunks, text.ContainsAny('\t', '|'));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(extents);
        }
    }

    /// <summary>Writes each line's start and length into <paramref name="extents"/> and returns how many lines there are.</summary>
    private static int FindLines(ReadOnlySpan<char> text, SearchValues<char> ends, int[] extents)
    {
        var lines = 0;
        var start = 0;
        while (true)
        {
            var length = text[start..].IndexOfAny(ends);
            extents[2 * lines] = start;
            extents[2 * lines + 1] = length < 0 ? text.Length - start : length;
            lines++;
            if (length < 0) return lines;
            var end = start + length;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }

    /// <summary>
    /// One string per distinct short line: an empty cell's whitespace, a unit name, a stock phrase repeat row after row.
    /// A task number never repeats, so lines that start (after indentation) with a digit are not kept, and the pool
    /// stops growing at <see cref="MaxEntries"/> so that text of many distinct short lines costs no more than before.
    /// </summary>
    private sealed class ShortLinePool
    {
        /// <summary>The longest line looked up: a unit name with its indentation; longer lines rarely repeat.</summary>
        private const int MaxLength = 16;

        private const int MaxEntries = 1024;

        private readonly HashSet<string> lines = new(StringComparer.Ordinal);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public ShortLinePool() => lookup = lines.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<char> line)
        {
            if (line.Length > MaxLength || StartsWithDigit(line)) return new string(line);
            if (lookup.TryGetValue(line, out var known)) return known;
            var made = new string(line);
            if (lines.Count < MaxEntries) lines.Add(made);
            return made;
        }

        private static bool StartsWithDigit(ReadOnlySpan<char> line)
        {
            var first = line.TrimStart(' ');
            return first.Length > 0 && char.IsAsciiDigit(first[0]);
        }
    }
}
