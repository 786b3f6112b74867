namespace Wuhu.Web;

/// <summary>Settings of the web app (section "Wuhu:Web", e.g. Wuhu__Web__TrustPlatformSignIn in app settings).</summary>
public sealed class WebOptions
{
    public const string SectionName = "Wuhu:Web";

    /// <summary>
    /// True only where App Service built-in authentication runs in front of the app (infra/ sets it): then the
    /// X-MS-CLIENT-PRINCIPAL header names the signed-in user. Off by default, so nobody is signed in.
    /// </summary>
    public bool TrustPlatformSignIn { get; set; }
}
