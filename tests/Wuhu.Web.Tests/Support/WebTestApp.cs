using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;
using Wuhu.Web.Api;
using Wuhu.Web.Auth;
using Wuhu.Web.Hosting;

namespace Wuhu.Web.Tests.Support;

/// <summary>A <see cref="WebApp"/> over its own Azurite containers and tables, called with in-memory requests.</summary>
internal sealed class WebTestApp
{
    private readonly ServiceProvider services;

    private WebTestApp(ServiceProvider services, StorageContext storage)
    {
        this.services = services;
        Storage = storage;
    }

    public StorageContext Storage { get; }

    public WebApp Web => services.GetRequiredService<WebApp>();

    public static async Task<WebTestApp> CreateAsync(AzuriteFixture azurite, IWebUserSource users, bool withSamples = false)
    {
        var storage = await azurite.CreateStorageAsync();
        var services = new ServiceCollection().AddLogging().AddWuhuWebOver(storage, users).BuildServiceProvider();
        if (withSamples)
        {
            var ingestion = services.GetRequiredService<BulletinIngestionService>();
            foreach (var file in Directory.GetFiles(Samples.RepoSamples).Order(StringComparer.Ordinal))
            {
                await using var content = File.OpenRead(file);
                await ingestion.UploadAndIngestAsync(Path.GetFileName(file), content);
            }
        }

        return new WebTestApp(services, storage);
    }

    public HttpRequest Request(string method, string pathAndQuery, byte[]? body = null, IDictionary<string, string>? headers = null)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        var request = context.Request;
        request.Method = method;
        var query = pathAndQuery.IndexOf('?');
        request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
        request.Host = new HostString("127.0.0.1", 5080);
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
        request.Body = new MemoryStream(body ?? []);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers[name] = value;
        }

        context.Response.Body = new MemoryStream();
        return request;
    }

    /// <summary>Executes a result against its request's context; returns status, content type and body.</summary>
    public static async Task<(int Status, string? ContentType, byte[] Body)> RunAsync(HttpRequest request, IResult result)
    {
        await result.ExecuteAsync(request.HttpContext);
        var response = request.HttpContext.Response;
        return (response.StatusCode, response.ContentType, ((MemoryStream)response.Body).ToArray());
    }
}

/// <summary>A fixed caller (or nobody), for role checks.</summary>
internal sealed class FixedUser(WebUser? user) : IWebUserSource
{
    public WebUser? Resolve(HttpRequest request) => user;

    public string? SignInUrl(string returnPath) => PlatformSignIn.LoginPath + "?post_login_redirect_uri=" + Uri.EscapeDataString(returnPath);

    public static WebUser With(params string[] roles) => new("测试用户", new HashSet<string>(roles, StringComparer.Ordinal));
}
