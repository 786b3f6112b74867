using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Wuhu.Web.Auth;

/// <summary>
/// App Service built-in authentication ("Easy Auth") with Microsoft Entra ID: the platform signs people in,
/// strips any X-MS-CLIENT-PRINCIPAL a client sends, and passes the signed-in principal to the app in that
/// header (base64 JSON with the token's claims; app roles arrive as "roles" claims). The header is trusted
/// only when the app is configured to sit behind the platform (<see cref="WebOptions.TrustPlatformSignIn"/>,
/// set by infra/), so a function host without sign-in in front never believes a forged header.
/// </summary>
public sealed class PlatformSignIn(bool trusted) : IWebUserSource
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    public const string LoginPath = "/.auth/login/aad";

    public WebUser? Resolve(HttpRequest request) =>
        trusted && request.Headers.TryGetValue(PrincipalHeader, out var header) ? Parse(header.ToString()) : null;

    public string? SignInUrl(string returnPath) => $"{LoginPath}?post_login_redirect_uri={Uri.EscapeDataString(returnPath)}";

    /// <summary>Reads the header; null when it is missing, malformed or carries no name.</summary>
    public static WebUser? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var root = json.RootElement;
            var nameType = root.TryGetProperty("name_typ", out var n) ? n.GetString() : null;
            var roleType = root.TryGetProperty("role_typ", out var r) ? r.GetString() : null;
            var claims = root.TryGetProperty("claims", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => (Type: e.TryGetProperty("typ", out var t) ? t.GetString() ?? "" : "", Value: e.TryGetProperty("val", out var v) ? v.GetString() ?? "" : ""))
                    .ToList()
                : [];
            // Entra puts app roles in "roles"; Easy Auth names the role claim type in role_typ.
            var roles = claims.Where(x => x.Type == "roles" || (roleType is not null && x.Type == roleType))
                .Select(x => x.Value.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var name = claims.FirstOrDefault(x => x.Type == "name").Value
                       ?? claims.FirstOrDefault(x => nameType is not null && x.Type == nameType).Value
                       ?? claims.FirstOrDefault(x => x.Type == "preferred_username").Value;
            return string.IsNullOrWhiteSpace(name) ? null : new WebUser(name, roles);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
