using System.CommandLine;
using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using TaskStatus = Wuhu.Bulletins.Model.TaskStatus;

namespace Wuhu.Cli;

/// <summary>`wuhu parse FILE [--json]`: parse one bulletin locally, no storage involved.</summary>
public static class ParseCommand
{
    /// <summary>Exit code for a file that was read but is not a usable bulletin.</summary>
    public const int RejectedExitCode = 2;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Bulletin file: text (UTF-8/UTF-16/GB18030), HTML, .docx or .xlsx." };
        var json = new Option<bool>("--json") { Description = "Print the normalized bulletin as JSON on stdout." };
        var command = new Command("parse", "Parse a bulletin file into normalized tasks.") { file, json };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(FileInfo file, bool json, TextWriter stdout, TextWriter stderr)
    {
        if (!file.Exists)
        {
            stderr.WriteLine($"error: file not found: {file.FullName}");
            return 1;
        }

        Bulletin bulletin;
        try
        {
            bulletin = BulletinParser.ParseFile(file.FullName);
        }
        catch (BulletinRejectedException rejected)
        {
            stderr.WriteLine($"rejected ({rejected.Code}): {file.Name}: {rejected.Message}");
            return RejectedExitCode;
        }

        if (json)
        {
            stdout.WriteLine(BulletinJson.Serialize(bulletin));
        }
        else
        {
            WriteSummary(bulletin, stdout);
        }

        return 0;
    }

    /// <summary>The status as the JSON and the README name it ("inProgress").</summary>
    private static string Name(TaskStatus status) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static void WriteSummary(Bulletin bulletin, TextWriter output)
    {
        output.WriteLine($"{bulletin.Source} ({bulletin.Format.ToString().ToLowerInvariant()}, layout {bulletin.Layout.ToString().ToLowerInvariant()})");
        output.WriteLine($"  title:     {bulletin.Title ?? "-"}");
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
            output.WriteLine($"    [{warning.Code}] {warning.Message}");
        }
    }
}
