using System.Buffers;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// Lines before the header that a page break may print again between rows (the title, the site's banner): long
/// enough not to be a cell's text by chance. Every line of the table is looked up, so the lookup cleans the line into
/// a stack buffer (<see cref="LineBuffers.Clean"/>) rather than a new string, and skips lines too short to be one.
/// </summary>
internal sealed class RepeatedPreamble
{
    private const int MinLength = 6;

    /// <summary>Lines longer than this are never looked up (the caller's limit: a page's title or banner is short).</summary>
    public const int MaxLineLength = 100;

    private readonly HashSet<string> cleaned;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>The entries' first characters: a line starting with another one (nearly every line) is none of them.</summary>
    private readonly SearchValues<char> firstCharacters;

    private RepeatedPreamble(HashSet<string> cleaned)
    {
        this.cleaned = cleaned;
        lookup = cleaned.GetAlternateLookup<ReadOnlySpan<char>>();
        firstCharacters = SearchValues.Create(string.Concat(cleaned.Select(c => c[0])));
    }

    public static RepeatedPreamble From(IReadOnlyList<string> preamble)
    {
        var cleaned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in preamble)
        {
            var clean = TextCleaner.CleanLine(line);
            if (clean.Length >= MinLength && !TaskNumber.TryParse(clean, out _)) cleaned.Add(clean);
        }

        return new RepeatedPreamble(cleaned);
    }

    /// <summary>The first character string.Trim keeps (CleanLine trims that way), or null for a line it empties.</summary>
    private static char? FirstAfterTrim(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c)) return c;
        }

        return null;
    }

    /// <summary>Whether the cleaned line (at most <see cref="MaxLineLength"/> characters) is one of the preamble's.</summary>
    public bool Contains(string line)
    {
        // Cleaning never lengthens a line beyond its trimmed self, so a line shorter than every entry is none of them.
        if (cleaned.Count == 0 || line.Length < MinLength) return false;
        // Cleaning keeps the first character after the trim unless it is whitespace the trim left (a zero-width space).
        if (FirstAfterTrim(line) is not { } first || (!TextCleaner.IsSpace(first) && !firstCharacters.Contains(first))) return false;
        Span<char> buffer = stackalloc char[MaxLineLength];
        var length = LineBuffers.Clean(line, buffer);
        return length >= MinLength && lookup.Contains(buffer[..length]);
    }
}
