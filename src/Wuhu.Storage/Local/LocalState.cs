namespace Wuhu.Storage.Local;

/// <summary>
/// The one folder where local runs keep their data between commands: `.wuhu/` in the repository (git-ignored),
/// holding the emulator's data in `.wuhu/azurite/`. demo, ingest, status, report and serve all use it, so what
/// one command stores the next one sees. WUHU_LOCAL_STATE names another folder (the tests use a temporary one).
/// </summary>
public static class LocalState
{
    public const string FolderName = ".wuhu";
    public const string Variable = "WUHU_LOCAL_STATE";

    public static string Folder(string repoRoot) =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? Path.GetFullPath(configured) : Path.Combine(repoRoot, FolderName);

    public static string AzuriteFolder(string repoRoot) => Path.Combine(Folder(repoRoot), "azurite");

    /// <summary>
    /// Makes sure the local emulator answers on its default ports: null when one already does (it is used as it
    /// is), else a newly started Azurite over <see cref="AzuriteFolder"/> that the caller stops (the data stays).
    /// </summary>
    public static async Task<AzuriteLauncher?> EnsureEmulatorAsync(string? repoRoot, CancellationToken cancellationToken = default)
    {
        var blobUp = await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultBlobPort);
        var tableUp = await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultTablePort);
        if (blobUp && tableUp)
        {
            return null;
        }

        if (blobUp || tableUp || await AzuriteLauncher.AnswersAsync(AzuriteLauncher.DefaultQueuePort))
        {
            throw new InvalidOperationException(
                $"some of Azurite's ports {AzuriteLauncher.DefaultBlobPort}-{AzuriteLauncher.DefaultTablePort} are taken by something else; free them or stop that process.");
        }

        if (repoRoot is null)
        {
            throw new InvalidOperationException(
                "the storage emulator is not running and the repository (with node_modules/.bin/azurite) was not found; run from inside the repository.");
        }

        return await AzuriteLauncher.StartAsync(repoRoot, AzuriteLauncher.DefaultBlobPort, AzuriteLauncher.DefaultQueuePort,
            AzuriteLauncher.DefaultTablePort, AzuriteFolder(repoRoot), ownsLocation: false, cancellationToken);
    }
}
