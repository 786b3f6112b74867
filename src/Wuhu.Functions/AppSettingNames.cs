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

    /// <summary>NCRONTAB schedule of the BuildReports timer, e.g. "0 0 2 * * *" (02:00 every night).</summary>
    public const string ReportSchedule = "ReportSchedule";
}
