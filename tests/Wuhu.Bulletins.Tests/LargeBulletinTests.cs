using System.Text;
using Wuhu.Bulletins.Synthetic;
using Wuhu.Bulletins.Writing;

namespace Wuhu.Bulletins.Tests;

/// <summary>A large bulletin parses the same every time, its warnings in row order (the assembler once ran on several threads).</summary>
public class LargeBulletinTests
{
    [Fact]
    public void A_large_bulletin_parses_to_the_same_tasks_and_warnings_in_row_order_every_time()
    {
        var generated = SyntheticBulletin.Generate(400, 2025, 4, seed: 11);
        // Rows far apart, listed out of order, each missing its progress: one warning per row, in row order.
        var emptied = new[] { 351, 8, 121 };
        var tasks = generated.Tasks.Select(t => emptied.Contains(t.Number) ? t with { Progress = "", ProgressByUnit = [] } : t).ToList();
        var bytes = Encoding.UTF8.GetBytes(BulletinWriter.Text(generated with { Tasks = tasks }, SyntheticBulletin.PrintedNumber));

        var first = BulletinParser.Parse(bytes, "large.txt");
        var json = BulletinJson.Serialize(first);
        for (var run = 0; run < 5; run++)
        {
            Assert.Equal(json, BulletinJson.Serialize(BulletinParser.Parse(bytes, "large.txt")));
        }

        Assert.Equal(Enumerable.Range(1, 400), first.Tasks.Select(t => t.Number));
        var noProgress = first.Warnings.Where(w => w.Code == "noProgress").Select(w => w.Message).ToList();
        Assert.Equal(3, noProgress.Count);
        Assert.StartsWith("task 8 ", noProgress[0]);
        Assert.StartsWith("task 121 ", noProgress[1]);
        Assert.StartsWith("task 351 ", noProgress[2]);
    }
}
