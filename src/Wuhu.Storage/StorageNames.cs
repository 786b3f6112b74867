namespace Wuhu.Storage;

/// <summary>
/// Default names of the containers and tables the app uses. infra/ creates the same ones, and a test in
/// tests/Wuhu.Infra.Tests compares them with the Bicep.
/// </summary>
public static class StorageNames
{
    /// <summary>Uploads: staff drop bulletin files here; the blob trigger watches it.</summary>
    public const string BulletinsContainer = "bulletins";

    /// <summary>Generated PDF reports, under reports/{year}/….</summary>
    public const string ReportsContainer = "reports";

    /// <summary>One row per uploaded blob: accepted or rejected, and why.</summary>
    public const string IngestionsTable = "wuhuingestions";

    /// <summary>Tasks, partition per period version.</summary>
    public const string TasksTable = "wuhutasks";

    /// <summary>Per-period pointer rows: which task version readers see.</summary>
    public const string PeriodsTable = "wuhuperiods";

    /// <summary>Report manifest: source versions each report was built from.</summary>
    public const string ReportManifestTable = "wuhureports";
}
