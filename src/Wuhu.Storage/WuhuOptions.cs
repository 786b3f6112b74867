using System.ComponentModel.DataAnnotations;

namespace Wuhu.Storage;

/// <summary>
/// The "Wuhu" settings section (Wuhu__MaxUploadBytes, …). Bound and validated at start-up by the function app;
/// the CLI reads the same names from its environment (<see cref="FromEnvironment"/>). Name overrides exist so tests can run side by side in one storage account.
/// </summary>
public sealed class WuhuOptions
{
    public const string SectionName = "Wuhu";

    /// <summary>
    /// The settings the CLI honours, from environment variables named as in the function app
    /// (Wuhu__MaxTasksPerBulletin); defaults otherwise. A value that is not a number in range is an error naming it.
    /// </summary>
    public static WuhuOptions FromEnvironment()
    {
        var options = new WuhuOptions();
        const string maxTasks = SectionName + "__" + nameof(MaxTasksPerBulletin);
        if (Environment.GetEnvironmentVariable(maxTasks) is { Length: > 0 } text)
        {
            options.MaxTasksPerBulletin = int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 1_000_000
                ? value
                : throw new ArgumentException($"{maxTasks} must be a whole number between 1 and 1000000 (it is \"{text}\").");
        }

        return options;
    }
    public const long DefaultMaxUploadBytes = 20 * 1024 * 1024;

    /// <summary>Uploads larger than this are rejected ("tooLarge") before they are downloaded or parsed.</summary>
    [Range(1, 1024L * 1024 * 1024, ErrorMessage = "Wuhu:MaxUploadBytes must be between 1 and 1073741824 (1 GiB).")]
    public long MaxUploadBytes { get; set; } = DefaultMaxUploadBytes;

    /// <summary>Bulletins with more task rows are rejected ("tooManyTasks"); real ones have 100–250.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Wuhu:MaxTasksPerBulletin must be between 1 and 1000000.")]
    public int MaxTasksPerBulletin { get; set; } = Bulletins.Model.BulletinParseOptions.DefaultMaxTasks;

    /// <summary>The parser's limits from these settings: ingestion and re-derivation parse with the same cap.</summary>
    public Bulletins.Model.BulletinParseOptions ParseOptions => new() { MaxTasks = MaxTasksPerBulletin };

    [Required]
    [RegularExpression(ContainerNamePattern, ErrorMessage = ContainerNameMessage)]
    public string BulletinsContainer { get; set; } = StorageNames.BulletinsContainer;

    [Required]
    [RegularExpression(ContainerNamePattern, ErrorMessage = ContainerNameMessage)]
    public string ReportsContainer { get; set; } = StorageNames.ReportsContainer;

    /// <summary>Tables are named prefix + "ingestions" / "tasks" / "periods" / "reports" (default prefix "wuhu").</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,50}$", ErrorMessage = "Wuhu:TablePrefix must start with a letter and hold only letters and digits (at most 51 characters), because table names are alphanumeric.")]
    public string TablePrefix { get; set; } = "wuhu";

    private const string ContainerNamePattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";
    private const string ContainerNameMessage = "Blob container names must be 3-63 characters of lowercase letters, digits and single hyphens, starting and ending with a letter or digit.";
}
