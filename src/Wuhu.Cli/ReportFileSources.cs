using Wuhu.Bulletins;
using Wuhu.Bulletins.Model;
using Wuhu.Reports.Building;

namespace Wuhu.Cli;

/// <summary>Reads bulletins straight from files for `wuhu report --from-file` (no storage involved).</summary>
public static class ReportFileSources
{
    /// <summary>Parses each file; throws <see cref="ReportInputException"/> naming the file that is missing or rejected.</summary>
    public static IReadOnlyList<BulletinSource> Load(IEnumerable<FileInfo> files)
    {
        var sources = new List<BulletinSource>();
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                throw new ReportInputException($"Bulletin file not found: {file.FullName}");
            }

            var content = File.ReadAllBytes(file.FullName);
            try
            {
                sources.Add(BulletinSource.FromBytes(BulletinParser.Parse(content, file.Name), content));
            }
            catch (BulletinRejectedException rejected)
            {
                throw new ReportInputException($"{file.Name} is not a usable bulletin ({rejected.Code}): {rejected.Message}");
            }
        }

        return sources;
    }
}
