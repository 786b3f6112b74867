using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Wuhu.Testing;
using Wuhu.Web.Api;
using Wuhu.Web.Auth;
using Wuhu.Web.Tests.Support;

namespace Wuhu.Web.Tests;

/// <summary>Every web API call checks the caller: 401 without a signed-in user, 403 without the role; pages redirect to sign-in.</summary>
[Collection(AzuriteFixture.Collection)]
public sealed class WebAppAuthTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string> PostHeader = new() { [WebApp.RequestHeader] = "1" };

    /// <summary>Each API handler with a request that would succeed for an uploader.</summary>
    private static IEnumerable<(string Name, bool NeedsUploader, Func<WebTestApp, Task<(HttpRequest, IResult)>> Call)> Calls() =>
    [
        ("me", false, async t => { var r = t.Request("GET", "/app/api/me"); return (r, await Task.FromResult(t.Web.Me(r))); }),
        ("ingestions", false, async t => { var r = t.Request("GET", "/app/api/ingestions"); return (r, await t.Web.IngestionsAsync(r, default)); }),
        ("periods", false, async t => { var r = t.Request("GET", "/app/api/periods"); return (r, await t.Web.PeriodsAsync(r, default)); }),
        ("tasks", false, async t => { var r = t.Request("GET", "/app/api/tasks?period=2024-Q1"); return (r, await t.Web.TasksAsync(r, default)); }),
        ("reports", false, async t => { var r = t.Request("GET", "/app/api/reports"); return (r, await t.Web.ReportsAsync(r, default)); }),
        ("report file", false, async t => { var r = t.Request("GET", "/app/api/reports/2024/wuhu-2024-q1.pdf"); return (r, await t.Web.ReportFileAsync(r, "2024", "wuhu-2024-q1.pdf", default)); }),
        ("export", false, async t => { var r = t.Request("GET", "/app/api/export?period=2024-Q1"); return (r, await t.Web.ExportAsync(r, default)); }),
        ("upload", true, async t => { var r = t.Request("POST", "/app/api/uploads?name=x.txt", "x"u8.ToArray(), PostHeader); return (r, await t.Web.UploadAsync(r, default)); }),
        ("rebuild", true, async t => { var r = t.Request("POST", "/app/api/reports/2024", null, PostHeader); return (r, await t.Web.RebuildAsync(r, "2024", default)); }),
    ];

    [Fact]
    public async Task Anonymous_callers_get_401_from_every_api_call_and_nothing_is_stored()
    {
        var app = await WebTestApp.CreateAsync(azurite, new FixedUser(null));
        foreach (var (name, _, call) in Calls())
        {
            var (request, result) = await call(app);
            var (status, _, body) = await WebTestApp.RunAsync(request, result);
            Assert.True(status == 401, $"{name}: {status} {Encoding.UTF8.GetString(body)}");
        }

        Assert.Empty(await new Storage.Ingestion.IngestionRecordStore(app.Storage).ListAsync());
    }

    [Fact]
    public async Task Readers_read_but_may_not_upload_or_rebuild()
    {
        var app = await WebTestApp.CreateAsync(azurite, new FixedUser(FixedUser.With(WebUser.ReaderRole)), withSamples: true);
        foreach (var (name, needsUploader, call) in Calls())
        {
            var (request, result) = await call(app);
            var (status, _, body) = await WebTestApp.RunAsync(request, result);
            if (needsUploader)
            {
                Assert.True(status == 403, $"{name}: {status}");
                Assert.Contains("上传者", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
            }
            else
            {
                Assert.True(status is 200 or 404, $"{name}: {status} {Encoding.UTF8.GetString(body)}");
            }
        }
    }

    [Fact]
    public async Task Signed_in_users_without_a_role_get_403()
    {
        var app = await WebTestApp.CreateAsync(azurite, new FixedUser(FixedUser.With()));
        var request = app.Request("GET", "/app/api/periods");
        var (status, _, _) = await WebTestApp.RunAsync(request, await app.Web.PeriodsAsync(request, default));
        Assert.Equal(403, status);
    }

    [Fact]
    public async Task A_post_without_the_request_header_is_refused_so_other_sites_cannot_submit_for_the_user()
    {
        var app = await WebTestApp.CreateAsync(azurite, new FixedUser(FixedUser.With(WebUser.UploaderRole)));
        var request = app.Request("POST", "/app/api/uploads?name=x.txt", "x"u8.ToArray());
        var (status, _, _) = await WebTestApp.RunAsync(request, await app.Web.UploadAsync(request, default));
        Assert.Equal(400, status);
        Assert.Empty(await new Storage.Ingestion.IngestionRecordStore(app.Storage).ListAsync());
    }

    [Fact]
    public async Task The_page_sends_anonymous_visitors_to_sign_in_and_role_less_users_to_a_notice()
    {
        var anonymous = await WebTestApp.CreateAsync(azurite, new FixedUser(null));
        var request = anonymous.Request("GET", "/app/");
        var result = anonymous.Web.Page(request);
        var (status, _, _) = await WebTestApp.RunAsync(request, result);
        Assert.Equal(302, status);
        Assert.Equal("/.auth/login/aad?post_login_redirect_uri=%2Fapp%2F", request.HttpContext.Response.Headers.Location.ToString());

        var noRole = await WebTestApp.CreateAsync(azurite, new FixedUser(FixedUser.With()));
        request = noRole.Request("GET", "/app/");
        (status, _, var body) = await WebTestApp.RunAsync(request, noRole.Web.Page(request));
        Assert.Equal(403, status);
        Assert.Contains("尚未授权", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void The_platform_principal_gives_name_and_app_roles()
    {
        var principal = Principal(("name", "王芳"), ("preferred_username", "wangfang@example.org"), ("roles", "Uploader"), ("roles", "reader"));
        var user = PlatformSignIn.Parse(principal)!;
        Assert.Equal("王芳", user.Name);
        Assert.True(user.CanUpload);
        Assert.True(user.CanRead);

        var reader = PlatformSignIn.Parse(Principal(("preferred_username", "li@example.org"), ("roles", "reader")))!;
        Assert.Equal("li@example.org", reader.Name);
        Assert.False(reader.CanUpload);

        Assert.Null(PlatformSignIn.Parse("not base64!"));
        Assert.Null(PlatformSignIn.Parse(Convert.ToBase64String("{\"claims\":[]}"u8.ToArray())));
    }

    [Fact]
    public void The_principal_header_is_ignored_unless_the_platform_is_trusted()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[PlatformSignIn.PrincipalHeader] = Principal(("name", "伪造"), ("roles", "uploader"));
        Assert.Null(new PlatformSignIn(trusted: false).Resolve(context.Request));
        Assert.Equal("伪造", new PlatformSignIn(trusted: true).Resolve(context.Request)!.Name);
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("127.0.0.1", "localhost", true)]
    [InlineData("::1", "[::1]", true)]
    [InlineData("127.0.0.1", "attacker.example", false)]
    [InlineData("192.0.2.7", "127.0.0.1", false)]
    public void The_local_user_is_only_a_caller_on_this_machine_using_a_loopback_name(string remote, string host, bool accepted)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(remote);
        context.Request.Host = new HostString(host, 5080);
        Assert.Equal(accepted, new LocalUser().Resolve(context.Request) is not null);
    }

    private static string Principal(params (string Type, string Value)[] claims) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new
        {
            auth_typ = "aad",
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims = claims.Select(c => new { typ = c.Type, val = c.Value }),
        }));
}
