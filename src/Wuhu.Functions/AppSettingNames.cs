namespace Wuhu.Functions;

/// <summary>
/// App settings the function app reads. infra/ must set each of them (a test compares this list with the
/// Bicep app settings), so add new ones here.
/// </summary>
public static class AppSettingNames
{
    /// <summary>
    /// Connection name of the bulletin storage account, used by the blob trigger and by our own clients.
    /// Locally a connection string ("UseDevelopmentStorage=true"); in Azure identity-based:
    /// BulletinStorage__blobServiceUri, BulletinStorage__queueServiceUri, BulletinStorage__tableServiceUri,
    /// BulletinStorage__credential = managedidentity, BulletinStorage__clientId.
    /// </summary>
    public const string StorageConnection = "BulletinStorage";

    /// <summary>
    /// The Functions host's own storage (leases, timers). Locally "UseDevelopmentStorage=true"; in Azure
    /// identity-based like <see cref="StorageConnection"/> (AzureWebJobsStorage__blobServiceUri, …).
    /// </summary>
    public const string HostStorage = "AzureWebJobsStorage";

    /// <summary>
    /// Options section bound to <see cref="Wuhu.Storage.WuhuOptions"/> and validated at start-up:
    /// Wuhu__MaxUploadBytes (default 20 MiB), Wuhu__MaxTasksPerBulletin (default 2000), and the name overrides the
    /// tests use, Wuhu__BulletinsContainer, Wuhu__ReportsContainer, Wuhu__TablePrefix (the blob trigger's path stays
    /// "bulletins/{name}"). Every option property must be set by infra/ with its default (OptionSettingsTests).
    /// </summary>
    public const string WuhuSection = Wuhu.Storage.WuhuOptions.SectionName;

    /// <summary>
    /// "true" where App Service authentication (Microsoft Entra ID) runs in front of the app, as infra/ sets it:
    /// only then does the web app believe the X-MS-CLIENT-PRINCIPAL header. Unset (locally), nobody is signed in.
    /// </summary>
    public const string TrustPlatformSignIn = "Wuhu__Web__TrustPlatformSignIn";

    /// <summary>NCRONTAB schedule of the BuildReports timer, e.g. "0 0 2 * * *" (02:00 every night).</summary>
    public const string ReportSchedule = "ReportSchedule";

    /// <summary>
    /// NCRONTAB schedule of the RederivePeriods timer, e.g. "0 30 1 * * *" (01:30, before the report timer, so
    /// periods re-derived after a parser change are in that night's reports).
    /// </summary>
    public const string RederiveSchedule = "RederiveSchedule";
}
