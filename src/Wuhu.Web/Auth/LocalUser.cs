using System.Net;
using Microsoft.AspNetCore.Http;

namespace Wuhu.Web.Auth;

/// <summary>
/// `wuhu serve`: one local user with both roles, for requests that come from this machine to a loopback host
/// name. The Host check turns away pages of other sites that resolve a name of theirs to 127.0.0.1 (DNS
/// rebinding); the server itself listens on 127.0.0.1 only.
/// </summary>
public sealed class LocalUser : IWebUserSource
{
    public static readonly WebUser User = new(
        $"本机用户 {Environment.UserName}", new HashSet<string>([WebUser.UploaderRole, WebUser.ReaderRole], StringComparer.Ordinal));

    public WebUser? Resolve(HttpRequest request)
    {
        var remote = request.HttpContext.Connection.RemoteIpAddress;
        var host = request.Host.Host;
        var loopbackHost = host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
        return remote is not null && IPAddress.IsLoopback(remote) && loopbackHost ? User : null;
    }

    public string? SignInUrl(string returnPath) => null;
}
