using Wuhu.Bulletins.Normalization;

namespace Wuhu.Bulletins.Tests;

/// <summary>The buffer forms of CleanLine and CompactSpan, which the text-layout reader uses per line, give the same text.</summary>
public class LineBuffersTests
{
    public static TheoryData<string> Lines() =>
    [
        "", "   ", "\u00A0", "  序号  ", "2..建立 工作台账,按月 调度推进。", "3 .推进", "1...5", "1..5", "12.5", "123.", "1.", "1", "1..",
        "１２．完成", "1．完成", "7.4万 人 次", "GDP growth", "\u200B标题", "标题\u200B", "\u200Babc", "abc\u200B", " a  b ", "( a b )",
        "[ x ]", "a , b", "12 . . 3", "1 .. x", "٣.完成", "2 0 2 3年", "第 1 页 共 2 页", "\u3000\u3000一、重点任务", "1\t.\t2",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Clean_gives_the_text_CleanLine_gives(string line)
    {
        Span<char> buffer = stackalloc char[line.Length];
        Assert.Equal(TextCleaner.CleanLine(line), buffer[..LineBuffers.Clean(line, buffer)].ToString());
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void TryCompact_gives_the_text_CompactSpan_gives(string line)
    {
        Span<char> buffer = stackalloc char[line.Length];
        Assert.True(LineBuffers.TryCompact(line, buffer, out var length));
        Assert.Equal(TextCleaner.CompactSpan(line).ToString(), buffer[..length].ToString());
        var visible = TextCleaner.VisibleLength(line);
        if (visible > 0) Assert.False(LineBuffers.TryCompact(line, buffer[..(visible - 1)], out _));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void FirstVisible_and_LastVisible_are_the_ends_of_the_trimmed_line(string line)
    {
        var trimmed = TextCleaner.TrimSpaces(line);
        Assert.Equal(trimmed.IsEmpty ? '\0' : trimmed[0], LineBuffers.FirstVisible(line));
        Assert.Equal(trimmed.IsEmpty ? '\0' : trimmed[^1], LineBuffers.LastVisible(line));
    }

    [Fact]
    public void TextCleaner_IsSpace_bit_table_accepts_exactly_its_space_characters()
    {
        var spaces = new HashSet<char>(TextCleaner.SpaceCharacters);
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (TextCleaner.IsSpace(c) != spaces.Contains(c)) Assert.Fail($"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Clean_agrees_with_CleanLine_on_random_mixes_of_digits_dots_spaces_and_Chinese()
    {
        const string alphabet = "0123456789..．．  \u3000\u00A0\u200B\t任务完成a,()%[]１٣";
        var random = new Random(20231);
        Span<char> buffer = stackalloc char[12];
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var line = new string(chars);
            Assert.Equal(TextCleaner.CleanLine(line), buffer[..LineBuffers.Clean(line, buffer)].ToString());
        }
    }
}
