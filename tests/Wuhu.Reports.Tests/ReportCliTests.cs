using System.Reflection;
using UglyToad.PdfPig;
using Wuhu.Bulletins;
using Wuhu.Cli;

namespace Wuhu.Reports.Tests;

/// <summary>`wuhu report --from-file`: the repository's 2024 samples through parser, builder and the real PDF renderer.</summary>
public sealed class ReportCliTests : IDisposable
{
    private static readonly string RepoRoot = typeof(ReportCliTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WuhuRepoRoot").Value!;

    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("wuhu-report-cli-");

    private static FileInfo Sample(string name) => new(Path.Combine(RepoRoot, "samples", name));

    private static readonly FileInfo[] Samples2024 =
        [Sample("wuhu-2024-q1.txt"), Sample("wuhu-2024-h1.html"), Sample("wuhu-2024-q3.txt"), Sample("wuhu-2024-annual.txt")];

    public void Dispose() => output.Delete(recursive: true);

    private static async Task<(int Code, string Out, string Err)> RunAsync(ReportCommand.ReportRequest request, params FileInfo[] files)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await ReportCommand.RunAsync(request, _ => Task.FromResult(ReportFileSources.Load(files)), new Rendering.SkiaPdfReportRenderer(), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task Quarterly_report_from_files_holds_every_task_and_the_changes()
    {
        var pdf = new FileInfo(Path.Combine(output.FullName, "nested", "q3.pdf"));

        var (code, stdout, stderr) = await RunAsync(new ReportCommand.ReportRequest(2024, 3, pdf), Samples2024);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains(pdf.FullName, stdout);
        using var document = PdfDocument.Open(pdf.FullName);
        Assert.Equal("芜湖市2024年第三季度重点工作任务进展报告", document.Information.Title);
        var text = Squeeze(string.Concat(document.GetPages().Select(p => p.Text)));
        Assert.Contains("2024年第三季度", text);
        Assert.Contains("2024年第二季度", text); // the changes section names the quarter compared against
        foreach (var task in BulletinParser.ParseFile(Samples2024[2].FullName).Tasks)
        {
            Assert.Contains(Squeeze(task.Text), text);
        }

        Assert.Empty(Directory.GetFiles(pdf.DirectoryName!, "*.tmp"));
    }

    [Fact]
    public async Task Annual_report_gets_its_default_name_in_an_output_directory_through_the_command_line()
    {
        var args = new[] { "report", "--year", "2024", "--out", output.FullName, "--from-file" }.Concat(Samples2024.Select(f => f.FullName)).ToArray();

        var code = await WuhuCommand.Build().Parse(args).InvokeAsync();

        Assert.Equal(0, code);
        using var document = PdfDocument.Open(Path.Combine(output.FullName, "wuhu-2024-annual.pdf"));
        Assert.Equal("芜湖市2024年度重点工作任务完成情况报告", document.Information.Title);
        Assert.Contains("共12项", document.Information.Subject);
    }

    [Fact]
    public async Task A_quarter_without_bulletin_names_the_periods_found()
    {
        var (code, _, stderr) = await RunAsync(new ReportCommand.ReportRequest(2024, 4, null), Sample("wuhu-2024-q1.txt"), Sample("wuhu-2024-q3.txt"));

        Assert.Equal(1, code);
        Assert.Equal("error: No bulletin for 2024-Q4; bulletins found: 2024-Q1, 2024-Q3.", stderr.Trim());
        Assert.Empty(output.GetFiles());
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var missing = new FileInfo(Path.Combine(output.FullName, "nope.txt"));

        var (code, _, stderr) = await RunAsync(new ReportCommand.ReportRequest(2024, null, null), missing);

        Assert.Equal(1, code);
        Assert.Contains($"not found: {missing.FullName}", stderr);
    }

    [Fact]
    public async Task A_file_that_is_no_bulletin_is_named_with_the_reason()
    {
        var empty = new FileInfo(Path.Combine(output.FullName, "empty.txt"));
        File.WriteAllBytes(empty.FullName, []);

        var (code, _, stderr) = await RunAsync(new ReportCommand.ReportRequest(2024, null, null), empty);

        Assert.Equal(1, code);
        Assert.StartsWith("error: empty.txt is not a usable bulletin (", stderr);
    }

    [Fact]
    public async Task Two_files_for_one_period_are_refused()
    {
        var (code, _, stderr) = await RunAsync(new ReportCommand.ReportRequest(2024, null, null), Sample("wuhu-2024-q1.txt"), Sample("wuhu-2024-q1.txt"));

        Assert.Equal(1, code);
        Assert.Contains("Several bulletins for 2024-Q1", stderr);
    }

    [Fact]
    public async Task Quarter_out_of_range_is_refused_before_reading_anything()
    {
        var (code, _, stderr) = await RunAsync(new ReportCommand.ReportRequest(2024, 5, null), new FileInfo("/nonexistent"));

        Assert.Equal(1, code);
        Assert.Contains("--quarter must be 1–4, not 5", stderr);
    }

    [Fact]
    public async Task A_folder_is_read_like_its_files_and_a_stray_file_in_it_is_skipped_with_a_warning()
    {
        var folder = output.CreateSubdirectory("bulletins");
        foreach (var sample in Samples2024)
        {
            sample.CopyTo(Path.Combine(folder.FullName, sample.Name));
        }

        File.WriteAllText(Path.Combine(folder.FullName, "readme.txt"), "these are the 2024 bulletins");
        var pdf = new FileInfo(Path.Combine(output.FullName, "annual.pdf"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await ReportCommand.RunAsync(new ReportCommand.ReportRequest(2024, null, pdf),
            _ => Task.FromResult(ReportFileSources.Load([new FileInfo(folder.FullName)], stderr)), new Rendering.SkiaPdfReportRenderer(), stdout, stderr);

        Assert.Equal(0, code);
        Assert.Contains("warning: skipped ", stderr.ToString());
        Assert.Contains("readme.txt: not a usable bulletin (noTable)", stderr.ToString());
        using var document = PdfDocument.Open(pdf.FullName);
        Assert.Contains("共12项", document.Information.Subject);
    }

    [Fact]
    public void Without_out_the_report_goes_into_the_out_folder_of_the_current_folder()
    {
        var target = ReportCommand.OutputFile(null, "wuhu-2024-annual.pdf");

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "out", "wuhu-2024-annual.pdf"), target.FullName);
        Assert.Equal(Path.Combine(output.FullName, "wuhu-2024-q1.pdf"), ReportCommand.OutputFile(new FileInfo(output.FullName), "wuhu-2024-q1.pdf").FullName);
    }
}
