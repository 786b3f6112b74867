using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Reports.Building;

namespace Wuhu.Cli;

/// <summary>Reads bulletins straight from files and folders for `wuhu report --from-file` (no storage involved).</summary>
public static class ReportFileSources
{
    /// <summary>Parses each file; throws <see cref="ReportInputException"/> naming the file that is missing or rejected.</summary>
    public static IReadOnlyList<BulletinSource> Load(IEnumerable<FileInfo> files) => Load(files, TextWriter.Null);

    /// <summary>
    /// Parses each named file and every file of each named folder. A named file that is missing or not a bulletin
    /// is an error (<see cref="ReportInputException"/>); a file found in a folder that is not a bulletin is skipped
    /// with a warning on <paramref name="warnings"/>. Two bulletins for one period are refused by the report builder.
    /// </summary>
    public static IReadOnlyList<BulletinSource> Load(IEnumerable<FileInfo> paths, TextWriter warnings)
    {
        var loaded = new List<BulletinSource>();
        foreach (var path in paths)
        {
            var files = InputFiles.Expand(path.FullName) ?? throw new ReportInputException($"Bulletin file or folder not found: {path.FullName}");
            if (files.Count == 0)
            {
                throw new ReportInputException($"{path.FullName} holds no files.");
            }

            foreach (var file in files)
            {
                var content = File.ReadAllBytes(file.File);
                try
                {
                    loaded.Add(BulletinSource.FromBytes(BulletinParser.Parse(content, Path.GetFileName(file.File), CliSettings.ParseOptions), content));
                }
                catch (BulletinRejectedException rejected) when (file.FromFolder)
                {
                    warnings.WriteLine($"warning: skipped {file.File}: not a usable bulletin ({rejected.Code}): {rejected.Message}");
                }
                catch (BulletinRejectedException rejected)
                {
                    throw new ReportInputException($"{file.Name} is not a usable bulletin ({rejected.Code}): {rejected.Message}");
                }
            }
        }

        return loaded;
    }
}
