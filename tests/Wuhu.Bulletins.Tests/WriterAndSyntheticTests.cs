using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Synthetic;
using Wuhu.Bulletins.Tests.Support;
using Wuhu.Bulletins.Writing;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Bulletins.Tests;

public class WriterAndSyntheticTests
{
    [Fact]
    public void Written_text_parses_back_to_the_same_tasks()
    {
        var original = BulletinParser.ParseFile(Path.Combine(SamplePaths.RepoSamples, "wuhu-2024-annual.txt"));

        var again = BulletinParser.Parse(System.Text.Encoding.UTF8.GetBytes(BulletinWriter.Text(original)), "again.txt");

        Assert.Equal(original.Tasks, again.Tasks, new TaskComparer());
        Assert.Equal((original.Title, original.PublishedOn, original.Publisher), (again.Title, again.PublishedOn, again.Publisher));
    }

    [Fact]
    public void Synthetic_bulletins_are_deterministic_for_a_seed()
    {
        var a = BulletinWriter.Text(SyntheticBulletin.Generate(50, 2025, 2, seed: 7), SyntheticBulletin.PrintedNumber);
        var b = BulletinWriter.Text(SyntheticBulletin.Generate(50, 2025, 2, seed: 7), SyntheticBulletin.PrintedNumber);
        var c = BulletinWriter.Text(SyntheticBulletin.Generate(50, 2025, 2, seed: 8), SyntheticBulletin.PrintedNumber);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData(BulletinFormat.Text)]
    [InlineData(BulletinFormat.Html)]
    [InlineData(BulletinFormat.Docx)]
    [InlineData(BulletinFormat.Xlsx)]
    public void A_synthetic_bulletin_parses_in_every_format_with_its_quirks_repaired(BulletinFormat format)
    {
        var generated = SyntheticBulletin.Generate(300, 2025, 4, seed: 3);
        var bytes = format == BulletinFormat.Text
            ? System.Text.Encoding.UTF8.GetBytes(BulletinWriter.Text(generated, SyntheticBulletin.PrintedNumber))
            : BulletinWriter.Write(generated, format);

        var parsed = BulletinParser.Parse(bytes, "synthetic");

        Assert.Equal(Enumerable.Range(1, 300), parsed.Tasks.Select(t => t.Number));
        Assert.Equal((2025, 4, true), (parsed.Year, parsed.Quarter, parsed.FullYear));
        Assert.Empty(parsed.Warnings);
        Assert.Equal(generated.Tasks.Select(t => t.LeadUnits), parsed.Tasks.Select(t => t.LeadUnitsAsWritten));
        Assert.DoesNotContain(parsed.Tasks, t => t.Progress.Contains("..") || t.Progress.Contains("建立 工作"));
        Assert.Contains(parsed.Tasks, t => t.ProgressByUnit.Count > 1);
        Assert.Contains(parsed.Tasks, t => t.Targets.Count > 0 && t.Targets.All(x => x.Actual is not null));
        Assert.True(parsed.Tasks.Count(t => t.Status == TaskStatus.Completed) > 50);
    }
}
