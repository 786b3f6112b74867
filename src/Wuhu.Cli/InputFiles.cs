namespace Wuhu.Cli;

/// <summary>
/// The files a path names, for every command that takes bulletins: a file is itself; a folder is every file
/// under it (sub-folders included, hidden files and folders such as .git skipped), sorted by relative name.
/// </summary>
public static class InputFiles
{
    /// <param name="File">The file on disk.</param>
    /// <param name="Name">Its name relative to the folder given ('/'-separated), or the file name for a file.</param>
    /// <param name="FromFolder">True when found by listing a folder rather than named by the user.</param>
    public sealed record InputFile(string File, string Name, bool FromFolder);

    /// <summary>The files of <paramref name="path"/>; null when nothing exists there.</summary>
    public static List<InputFile>? Expand(string path)
    {
        if (File.Exists(path))
        {
            return [new InputFile(path, Path.GetFileName(path), FromFolder: false)];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Select(f => new InputFile(f, Path.GetRelativePath(path, f).Replace(Path.DirectorySeparatorChar, '/'), FromFolder: true))
            .Where(f => !f.Name.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
    }
}
