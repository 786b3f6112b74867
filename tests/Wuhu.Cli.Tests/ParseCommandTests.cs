using System.Text.Json;
using Wuhu.Testing;
using Wuhu.Cli;

namespace Wuhu.Cli.Tests;

public class ParseCommandTests
{
    private static (int Exit, string Out, string Err) Run(string path, bool json)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = ParseCommand.Run(new FileInfo(path), json, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var (exit, stdout, _) = Run(Path.Combine(Samples.RepoSamples, "wuhu-2024-annual.txt"), json: true);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        foreach (var field in new[] { "source", "format", "title", "year", "quarter", "fullYear", "publishedOn", "publisher", "tasks", "warnings" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }

        Assert.Equal("text", root.GetProperty("format").GetString());
        Assert.Equal("2025-01-27", root.GetProperty("publishedOn").GetString());
        var task = root.GetProperty("tasks")[0];
        foreach (var field in new[] { "number", "section", "text", "leadUnits", "progress", "progressByUnit", "remarks", "status", "targets" })
        {
            Assert.True(task.TryGetProperty(field, out _), $"missing task.{field}");
        }

        Assert.Equal("completed", task.GetProperty("status").GetString());
        var basis = task.GetProperty("statusBasis");
        Assert.Equal("target", basis.GetProperty("kind").GetString());
        Assert.Equal(3000m, basis.GetProperty("comparison").GetProperty("target").GetDecimal());
        var target = task.GetProperty("targets")[0];
        Assert.Equal(["metric", "target", "actual", "unit"], new[] { "metric", "target", "actual", "unit" }.Where(f => target.TryGetProperty(f, out _)));
    }

    [Fact]
    public void The_summary_counts_statuses_and_lists_warnings()
    {
        var (exit, stdout, _) = Run(Path.Combine(Samples.RepoSamples, "wuhu-2024-q3.txt"), json: false);

        Assert.Equal(0, exit);
        Assert.Contains("tasks:     11", stdout);
        Assert.Contains("#1    inProgress [onSchedule] 新增公共停车泊位 目标3000个,实际2380个,完成79.3%,序时75%", stdout);
        Assert.Contains("[missingNumber]", stdout);
    }

    [Fact]
    public void A_rejected_file_exits_2_with_the_reason_on_stderr()
    {
        var path = Path.Combine(Path.GetTempPath(), $"wuhu-empty-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "");
        try
        {
            var (exit, stdout, stderr) = Run(path, json: true);
            Assert.Equal(2, exit);
            Assert.Empty(stdout);
            Assert.Contains("rejected (empty)", stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_folder_parses_every_file_and_reports_the_rejected_ones()
    {
        var folder = Directory.CreateTempSubdirectory("wuhu-parse-");
        try
        {
            foreach (var sample in Directory.GetFiles(Samples.RepoSamples))
            {
                File.Copy(sample, Path.Combine(folder.FullName, Path.GetFileName(sample)));
            }

            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "no table here");
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var exit = ParseCommand.Run(folder.FullName, json: true, stdout, stderr);

            Assert.Equal(ParseCommand.RejectedExitCode, exit);
            Assert.Contains("rejected (noTable): notes.txt", stderr.ToString());
            using var json = JsonDocument.Parse(stdout.ToString());
            var sources = json.RootElement.EnumerateArray().Select(b => b.GetProperty("source").GetString()).ToList();
            Assert.Equal(Directory.GetFiles(Samples.RepoSamples).Select(Path.GetFileName).Order(StringComparer.Ordinal), sources);

            var summary = new StringWriter();
            ParseCommand.Run(folder.FullName, json: false, summary, new StringWriter());
            Assert.Contains($"{sources.Count + 1} files: {sources.Count} parsed, 1 rejected.", summary.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
