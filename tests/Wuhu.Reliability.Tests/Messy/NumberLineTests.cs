using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;

namespace Wuhu.Reliability.Tests.Messy;

/// <summary>
/// Issue 12, item 5: number-like lines inside a cell ("2023", a list's "1" "2") never start a task; a row whose
/// number cannot be read is kept and reported, not folded into the row above; repeated warnings are folded.
/// </summary>
public sealed class NumberLineTests
{
    public static TheoryData<int> Rows => [1, 3, 5];

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_year_on_its_own_line_inside_progress_is_progress(int row)
    {
        foreach (var remarks in new[] { true, false })
        {
            var table = new TextTable(remarks: remarks);
            for (var n = 1; n <= 5; n++)
            {
                if (n == row) table.Row(n, "2023", "年以来累计完成投资12亿元。", "1", "季度新开工3个。");
                else table.Row(n);
            }

            var bulletin = table.WithFooter().Parse();

            Assert.Equal([1, 2, 3, 4, 5], bulletin.Tasks.Select(t => t.Number));
            Assert.Equal("2023\n年以来累计完成投资12亿元。\n1\n季度新开工3个。", bulletin.Tasks[row - 1].Progress);
            Assert.DoesNotContain(bulletin.Warnings, w => w.Code is "duplicateNumber" or "outOfOrderNumber" or "missingNumber");
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_numbered_list_inside_progress_is_progress(int row)
    {
        foreach (var remarks in new[] { true, false })
        {
            var table = new TextTable(remarks: remarks);
            for (var n = 1; n <= 5; n++)
            {
                if (n == row) table.Row(n, "主要做法:", "1", "完成规划编制。", "2", "完成土地征收。", "3", "开工建设。");
                else table.Row(n);
            }

            var bulletin = table.WithFooter().Parse();

            Assert.Equal([1, 2, 3, 4, 5], bulletin.Tasks.Select(t => t.Number));
            Assert.Equal("主要做法:\n1\n完成规划编制。\n2\n完成土地征收。\n3\n开工建设。", bulletin.Tasks[row - 1].Progress);
            Assert.DoesNotContain(bulletin.Warnings, w => w.Code is "duplicateNumber" or "outOfOrderNumber" or "missingNumber");
        }
    }

    [Fact]
    public void A_genuine_duplicate_and_a_gap_are_still_rows()
    {
        var bulletin = new TextTable().Rows(1, 3).Row(3).Row(6).WithFooter().Parse();

        Assert.Equal([1, 2, 3, 3, 6], bulletin.Tasks.Select(t => t.Number));
        Assert.Contains(bulletin.Warnings, w => w.Code == "duplicateNumber");
        Assert.Contains(bulletin.Warnings, w => w.Code == "missingNumber");
    }

    public static TheoryData<string> UnreadableNumbers => ["1a", "3-1", "?", "3?", "三", "#3", "l3"];

    [Theory]
    [MemberData(nameof(UnreadableNumbers))]
    public void A_row_whose_number_cannot_be_read_is_kept_and_reported(string printed)
    {
        foreach (var remarks in new[] { true, false })
        {
            var bulletin = new TextTable(remarks: remarks).Rows(1, 2).Row(printed, 3).Rows(4, 5).WithFooter().Parse();

            Assert.Equal(5, bulletin.Tasks.Count);
            Assert.Equal(TextTable.TaskText(3), bulletin.Tasks[2].Text);
            Assert.Equal(TextTable.Progress(2), bulletin.Tasks[1].Progress); // not folded into the row above
            var warning = Assert.Single(bulletin.Warnings, w => w.Code == "badNumber");
            Assert.Contains($"\"{printed}\"", warning.Message);
        }
    }

    [Fact]
    public void A_row_with_an_empty_number_cell_is_kept_and_reported()
    {
        var bulletin = new TextTable().Rows(1, 2).Row(TextTable.EmptyCell.Trim(' '), 3).Rows(4, 5).WithFooter().Parse();

        Assert.Equal(5, bulletin.Tasks.Count);
        Assert.Equal(TextTable.TaskText(3), bulletin.Tasks[2].Text);
        Assert.Contains("empty", Assert.Single(bulletin.Warnings, w => w.Code == "badNumber").Message);
    }

    [Fact]
    public void Repeated_warnings_of_one_kind_are_folded_with_a_count_and_the_first_examples()
    {
        var rows = Enumerable.Range(1, 40).Select(n => Corpus.HtmlPages.Row(n % 4 == 0 ? "" : n.ToString(System.Globalization.CultureInfo.InvariantCulture), n)).ToArray();
        var bulletin = BulletinParser.Parse(Corpus.HtmlPages.Bulletin("2024年一季度重点工作任务进展情况", rows), "folded.html");

        Assert.Equal(40, bulletin.Tasks.Count);
        var folded = Assert.Single(bulletin.Warnings, w => w.Code == "badNumber");
        Assert.Equal(10, folded.Count);
        Assert.StartsWith("10 warnings of this kind; the first 3: row 5", folded.Message);
        Assert.Equal(3, folded.Message.Split(" | ").Length);
    }

    [Fact]
    public void Three_warnings_of_one_kind_are_kept_as_they_are()
    {
        var rows = Enumerable.Range(1, 12).Select(n => Corpus.HtmlPages.Row(n % 4 == 0 ? "" : n.ToString(System.Globalization.CultureInfo.InvariantCulture), n)).ToArray();
        var bulletin = BulletinParser.Parse(Corpus.HtmlPages.Bulletin("2024年一季度重点工作任务进展情况", rows), "three.html");

        Assert.Equal(3, bulletin.Warnings.Count(w => w.Code == "badNumber"));
        Assert.All(bulletin.Warnings, w => Assert.Equal(1, w.Count));
    }
}
