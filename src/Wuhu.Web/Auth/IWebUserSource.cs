using Microsoft.AspNetCore.Http;

namespace Wuhu.Web.Auth;

/// <summary>Who is calling: the platform's signed-in principal in Azure, the one local user under `wuhu serve`.</summary>
public interface IWebUserSource
{
    /// <summary>The caller, or null when nobody is signed in.</summary>
    WebUser? Resolve(HttpRequest request);

    /// <summary>Where an anonymous visitor of a page is sent to sign in, or null when there is no sign-in (local).</summary>
    string? SignInUrl(string returnPath);
}
