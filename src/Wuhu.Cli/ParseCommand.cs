using System.CommandLine;
using System.Text.Json;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Cli;

/// <summary>`wuhu parse FILE|DIR [--json]`: parse bulletins locally, no storage involved.</summary>
public static class ParseCommand
{
    /// <summary>Exit code when a file was read but is not a usable bulletin.</summary>
    public const int RejectedExitCode = 2;

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A bulletin file (text in UTF-8/UTF-16/GB18030, HTML, .docx or .xlsx), or a folder whose files are all parsed." };
        var json = new Option<bool>("--json") { Description = "Print the normalized bulletin as JSON on stdout (a JSON array for a folder)." };
        var command = new Command("parse", "Parse bulletin files into normalized tasks.") { path, json };
        command.SetAction(result => Run(result.GetValue(path)!, result.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(FileInfo file, bool json, TextWriter stdout, TextWriter stderr) => Run(file.FullName, json, stdout, stderr);

    /// <summary>Parses a file or every file of a folder (sorted by name); a rejected file is reported and the others still parsed.</summary>
    public static int Run(string path, bool json, TextWriter stdout, TextWriter stderr)
    {
        var files = InputFiles.Expand(path);
        if (files is null)
        {
            stderr.WriteLine($"error: no such file or folder: {Path.GetFullPath(path)}");
            return 1;
        }

        if (files.Count == 0)
        {
            stderr.WriteLine($"error: {Path.GetFullPath(path)} holds no files to parse.");
            return 1;
        }

        var parsed = new List<Bulletin>();
        var rejected = 0;
        foreach (var file in files)
        {
            try
            {
                parsed.Add(BulletinParser.Parse(File.ReadAllBytes(file.File), Path.GetFileName(file.File), CliSettings.ParseOptions));
            }
            catch (BulletinRejectedException rejection)
            {
                stderr.WriteLine($"rejected ({rejection.Code}): {PrintableText.Escape(file.Name)}: {PrintableText.Escape(rejection.Message)}");
                rejected++;
            }
        }

        var folder = files.Count > 1 || files[0].FromFolder;
        if (json && folder)
        {
            stdout.WriteLine(JsonSerializer.Serialize(parsed, BulletinJson.Options));
        }
        else if (json)
        {
            parsed.ForEach(bulletin => stdout.WriteLine(BulletinJson.Serialize(bulletin)));
        }
        else
        {
            for (var i = 0; i < parsed.Count; i++)
            {
                if (i > 0) stdout.WriteLine();
                WriteSummary(parsed[i], stdout);
            }

            if (folder)
            {
                stdout.WriteLine();
                stdout.WriteLine($"{files.Count} files: {parsed.Count} parsed, {rejected} rejected.");
            }
        }

        return rejected > 0 ? RejectedExitCode : 0;
    }

    /// <summary>The status as the JSON and the README name it ("inProgress").</summary>
    private static string Name(TaskStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static void WriteSummary(Bulletin bulletin, TextWriter output)
    {
        output.WriteLine($"{PrintableText.Escape(bulletin.Source)} ({bulletin.Format.ToString().ToLowerInvariant()}, layout {bulletin.Layout.ToString().ToLowerInvariant()})");
        output.WriteLine($"  title:     {PrintableText.Escape(bulletin.Title ?? "-")}");
        output.WriteLine($"  period:    {bulletin.Period} (from {bulletin.PeriodSource ?? "?"})");
        output.WriteLine($"  published: {bulletin.PublishedOn?.ToString("yyyy-MM-dd") ?? "-"}  {bulletin.Publisher}");
        output.WriteLine($"  tasks:     {bulletin.Tasks.Count}");
        foreach (var status in Enum.GetValues<TaskStatus>())
        {
            output.WriteLine($"    {Name(status),-11} {bulletin.Tasks.Count(t => t.Status == status)}");
        }

        foreach (var task in bulletin.Tasks)
        {
            var basis = task.StatusBasis is { } b ? $"[{b.Rule}] {b.Describe()}" : "";
            output.WriteLine($"    #{task.Number,-4} {Name(task.Status),-10} {basis}");
        }

        var targets = bulletin.Tasks.SelectMany(t => t.Targets).ToList();
        // Met or missed is a year-end notion; in a quarter a target is judged against its share of the year (see the statuses).
        output.WriteLine(bulletin.FullYear
            ? $"  targets:   {targets.Count} ({targets.Count(t => t.Achieved == true)} achieved, {targets.Count(t => t.Achieved == false)} missed)"
            : $"  targets:   {targets.Count} ({targets.Count(t => t.Actual is not null)} with an actual so far)");
        output.WriteLine($"  warnings:  {bulletin.Warnings.Count}");
        foreach (var warning in bulletin.Warnings)
        {
            output.WriteLine($"    [{warning.Code}] {PrintableText.Escape(warning.Message)}");
        }
    }
}
