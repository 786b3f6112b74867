using Wuhu.Bulletins.Normalization;
using Wuhu.Bulletins.Structure;

namespace Wuhu.Bulletins.Tests;

/// <summary>The per-line answers the text layout reader keeps are those of the questions they stand for.</summary>
public class TextLineFactsTests
{
    private static readonly string[] Lines =
    [
        "", "  1", "  1 1 7", "(8)", "（１２）", "12.", "  ( 8 )  ", "１２３４５６", "123456", "1234567", "  2..建立 工作台账,按月 调度推进。",
        "  1.新增公共停车泊位2149个。", "1 2 3 4 5 6 7 8 9", "  \u00A0", "  1 2 3 4 5 6 .  ", "⑴", "⒈", "  ( 1 2 3 4 5 6 ) .   ", "  ( 1 2 3 4 5 6 7 ) .",
        "  \u3000\u3000１ ２ ３", "一、重点任务", "2023年", "第 1 页 共 2 页",
    ];

    [Fact]
    public void IsNumber_answers_as_TaskNumber_TryParse()
    {
        using var facts = new TextLineFacts(Lines);
        for (var i = 0; i < Lines.Length; i++)
        {
            var expected = TaskNumber.TryParse(Lines[i], out var number);
            Assert.True(expected == facts.IsNumber(i, out var found), Lines[i]);
            Assert.Equal(number, found);
            Assert.Equal(expected, facts.IsNumber(i)); // the kept answer
        }
    }
}
