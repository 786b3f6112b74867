using Wuhu.Bulletins.Input;
using System.Buffers;
using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Structure;

/// <summary>
/// The lines of a text table with what the layout reader asks of each one (blank? a task number? a footer? a unit
/// name? a header word? does a row's shape start here?), each answered at most once. Finding where rows start looks
/// ahead from every number line and looks back over the row being read, so without this the same line was classified
/// by several callers, several times each. Answers are worked out when first asked (most lines are never asked most
/// questions) and kept in arrays rented from the shared pool: dispose to return them.
/// </summary>
internal sealed class TextLineFacts : IDisposable
{
    /// <summary>Two bits per question: whether it was answered, and the answer.</summary>
    [Flags]
    private enum Fact
    {
        BlankKnown = 1 << 0,
        Blank = 1 << 1,
        NumberKnown = 1 << 2,
        Number = 1 << 3,
        FooterKnown = 1 << 4,
        Footer = 1 << 5,
        SectionKnown = 1 << 6,
        Section = 1 << 7,
        UnitKnown = 1 << 8,
        Unit = 1 << 9,
        BrokenKnown = 1 << 10,
        Broken = 1 << 11,
        ShapeKnown = 1 << 12,
        Shape = 1 << 13,
        HeaderKnown = 1 << 14,
        /// <summary>Bits 15-17 hold the header column kind + 1 (0: no header word).</summary>
        HeaderShift = 15,
    }

    private const int HeaderMask = 0b111 << (int)Fact.HeaderShift;

    /// <summary>Task lines a row may have before its unit line.</summary>
    private const int MaxTaskLines = 5;

    private readonly IReadOnlyList<string> lines;

    /// <summary>The same lines when they are a split text upload (nearly always): read without an interface call.</summary>
    private readonly TextLines? textLines;

    private int[] facts;
    private int[] numbers;

    public TextLineFacts(IReadOnlyList<string> lines)
    {
        this.lines = lines;
        textLines = lines as TextLines;
        facts = ArrayPool<int>.Shared.Rent(Math.Max(1, lines.Count));
        numbers = ArrayPool<int>.Shared.Rent(Math.Max(1, lines.Count));
        Array.Clear(facts, 0, lines.Count);
    }

    public int Count => lines.Count;

    public IReadOnlyList<string> Lines => lines;

    public string this[int index] => textLines is { } text ? text[index] : lines[index];

    public void Dispose()
    {
        if (facts.Length == 0) return;
        ArrayPool<int>.Shared.Return(facts);
        ArrayPool<int>.Shared.Return(numbers);
        facts = [];
        numbers = [];
    }

    /// <summary><see cref="TextCleaner.IsBlank"/>: empty or whitespace only (an empty cell).</summary>
    public bool IsBlank(int index) => Ask(index, Fact.BlankKnown, Fact.Blank) ?? Answer(index, Fact.BlankKnown, Fact.Blank, TextCleaner.IsBlank(this[index]));

    /// <summary><see cref="TaskNumber.TryParse"/>.</summary>
    public bool IsNumber(int index, out int number)
    {
        var known = Ask(index, Fact.NumberKnown, Fact.Number);
        if (known is null)
        {
            var parsed = 0;
            known = Answer(index, Fact.NumberKnown, Fact.Number, MayBeNumberCell(this[index]) && TaskNumber.TryParse(this[index], out parsed));
            numbers[index] = parsed;
        }

        number = numbers[index];
        return known.Value;
    }

    public bool IsNumber(int index) => IsNumber(index, out _);

    /// <summary>The most visible characters a number cell has: "(", six digits, ")", "." (TaskNumber's pattern).</summary>
    private const int MaxNumberCell = 9;

    /// <summary>
    /// False for a line with more than <see cref="MaxNumberCell"/> characters besides whitespace, which
    /// <see cref="TaskNumber.TryParse"/> never reads as a number: its pattern matches the whole line without whitespace,
    /// and NFKC (which it applies to some lines first) maps every character to one or more, never joining characters
    /// into a digit, bracket or stop. Asked first because TaskNumber compacts a paragraph starting with a digit
    /// ("2..建立 工作台账…") whole before its length rules it out; this stops after ten characters.
    /// </summary>
    private static bool MayBeNumberCell(string line)
    {
        if (line.Length <= MaxNumberCell) return true;
        Span<char> buffer = stackalloc char[MaxNumberCell];
        return LineBuffers.TryCompact(line, buffer, out _);
    }

    /// <summary><see cref="PageNoise.IsFooter"/>.</summary>
    public bool IsFooter(int index) => Ask(index, Fact.FooterKnown, Fact.Footer) ?? Answer(index, Fact.FooterKnown, Fact.Footer, PageNoise.IsFooter(this[index]));

    /// <summary><see cref="TaskNumber.IsSectionHeading"/>.</summary>
    public bool IsSectionHeading(int index) =>
        Ask(index, Fact.SectionKnown, Fact.Section) ?? Answer(index, Fact.SectionKnown, Fact.Section, TaskNumber.IsSectionHeading(this[index]));

    /// <summary><see cref="LeadUnits.IsUnitLine"/>.</summary>
    public bool IsUnitLine(int index) => Ask(index, Fact.UnitKnown, Fact.Unit) ?? Answer(index, Fact.UnitKnown, Fact.Unit, LeadUnits.IsUnitLine(this[index]));

    /// <summary><see cref="HeaderRow.Classify"/>.</summary>
    public ColumnKind? HeaderKind(int index)
    {
        var value = facts[index];
        if ((value & (int)Fact.HeaderKnown) == 0)
        {
            var kind = HeaderRow.Classify(this[index]);
            value |= (int)Fact.HeaderKnown | ((kind is { } k ? (int)k + 1 : 0) << (int)Fact.HeaderShift);
            facts[index] = value;
        }

        var stored = (value & HeaderMask) >> (int)Fact.HeaderShift;
        return stored == 0 ? null : (ColumnKind)(stored - 1);
    }

    /// <summary>The first non-blank line at or after <paramref name="from"/>, or -1.</summary>
    public int NextNonBlank(int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!IsBlank(i)) return i;
        }

        return -1;
    }

    /// <summary>
    /// <see cref="LeadUnits.IsBrokenName"/> of the line and the line that follows it in a row, given as an index
    /// (-1: none). The answer for the next non-blank line (the look-aheads' question) is kept; other pairs (a row's
    /// lines where page furniture was left out between them) are asked directly.
    /// </summary>
    public bool IsBrokenName(int index, int next)
    {
        if (next < 0) return false;
        if (next != NextNonBlank(index + 1)) return LeadUnits.IsBrokenName(this[index], this[next]);
        return Ask(index, Fact.BrokenKnown, Fact.Broken) ?? Answer(index, Fact.BrokenKnown, Fact.Broken, LeadUnits.IsBrokenName(this[index], this[next]));
    }

    /// <summary>A unit line, or the first half of a unit name broken before the next non-blank line.</summary>
    public bool StartsUnitName(int index) => IsUnitLine(index) || IsBrokenName(index, NextNonBlank(index + 1));

    /// <summary>From <paramref name="from"/>: one or a few task lines, then a unit line, before any number line.</summary>
    public bool HasRowShape(int from)
    {
        if (from >= lines.Count) return false;
        return Ask(from, Fact.ShapeKnown, Fact.Shape) ?? Answer(from, Fact.ShapeKnown, Fact.Shape, FindRowShape(from));
    }

    private bool FindRowShape(int from)
    {
        var taskLines = 0;
        for (var i = from; i < lines.Count && taskLines <= MaxTaskLines; i++)
        {
            if (IsBlank(i)) continue;
            if (IsNumber(i) || IsFooter(i) || IsSectionHeading(i)) return false;
            if (StartsUnitName(i)) return taskLines > 0;
            taskLines++;
        }

        return false;
    }

    private bool? Ask(int index, Fact known, Fact value)
    {
        var stored = facts[index];
        return (stored & (int)known) == 0 ? null : (stored & (int)value) != 0;
    }

    private bool Answer(int index, Fact known, Fact value, bool answer)
    {
        facts[index] |= (int)known | (answer ? (int)value : 0);
        return answer;
    }
}
