using System.CommandLine;
using Wuhu.Bulletins.Model;
using Wuhu.Bulletins.Synthetic;
using Wuhu.Bulletins.Writing;

namespace Wuhu.Cli;

/// <summary>`wuhu generate`: writes a realistic synthetic bulletin for benchmarks and scale tests.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var tasks = new Option<int>("--tasks") { Description = "Number of tasks.", DefaultValueFactory = _ => 129 };
        var year = new Option<int>("--year") { Description = "Year the bulletin reports on.", DefaultValueFactory = _ => DateTime.Today.Year };
        var quarter = new Option<int>("--quarter") { Description = "Quarter 1–4 (4 = full-year bulletin).", DefaultValueFactory = _ => 4 };
        var format = new Option<string>("--format") { Description = "txt (one cell per line), html, docx, xlsx, tsv (Excel paste), pipe (| table from a web page) or list (numbered paragraphs with labelled lines).", DefaultValueFactory = _ => "txt" };
        format.AcceptOnlyFromAmong("txt", "html", "docx", "xlsx", "tsv", "pipe", "list");
        var seed = new Option<int>("--seed") { Description = "Same seed, same bulletin.", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo>("--out") { Description = "File to write.", Required = true };
        var command = new Command("generate", "Write a synthetic bulletin (deterministic for a seed).") { tasks, year, quarter, format, seed, output };
        command.SetAction(result =>
        {
            var count = result.GetValue(tasks);
            var q = result.GetValue(quarter);
            if (count < 1 || q is < 1 or > 4)
            {
                Console.Error.WriteLine("error: --tasks must be at least 1 and --quarter between 1 and 4.");
                return 1;
            }

            var bulletin = SyntheticBulletin.Generate(count, result.GetValue(year), q, result.GetValue(seed));
            var file = result.GetValue(output)!;
            var bytes = result.GetValue(format) switch
            {
                "html" => BulletinWriter.Html(bulletin),
                "docx" => BulletinWriter.Docx(bulletin),
                "xlsx" => BulletinWriter.Xlsx(bulletin),
                "tsv" => System.Text.Encoding.UTF8.GetBytes(BulletinWriter.TabSeparated(bulletin)),
                "pipe" => System.Text.Encoding.UTF8.GetBytes(BulletinWriter.PipeTable(bulletin)),
                "list" => System.Text.Encoding.UTF8.GetBytes(BulletinWriter.List(bulletin)),
                _ => System.Text.Encoding.UTF8.GetBytes(BulletinWriter.Text(bulletin, SyntheticBulletin.PrintedNumber)),
            };
            file.Directory?.Create();
            File.WriteAllBytes(file.FullName, bytes);
            Console.WriteLine($"wrote {file.FullName}: {count} tasks, {bulletin.Period}, {bytes.Length:N0} bytes");
            return 0;
        });
        return command;
    }
}
