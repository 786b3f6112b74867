namespace Wuhu.Web;

/// <summary>
/// Routes of the web app, shared by the function app (host.json's route prefix is empty) and `wuhu serve`.
/// The page lives under /app/; its API under /app/api/ (signed-in users), apart from the function-key API
/// under /api/ that automation keeps using.
/// </summary>
public static class WebRoutes
{
    public const string Page = "app";
    public const string PagePath = "/app/";
    public const string Asset = "app/{file}";
    public const string Api = "app/api";
    public const string Me = Api + "/me";
    public const string Uploads = Api + "/uploads";
    public const string Ingestions = Api + "/ingestions";
    public const string Periods = Api + "/periods";
    public const string Tasks = Api + "/tasks";
    public const string Reports = Api + "/reports";
    public const string ReportFile = Api + "/reports/{year}/{file}";
    public const string ReportYear = Api + "/reports/{year}";
    public const string Export = Api + "/export";
}
