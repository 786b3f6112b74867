using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wuhu.Storage;
using Wuhu.Web.Auth;

namespace Wuhu.Web.Hosting;

/// <summary>
/// The web app on Kestrel, listening on 127.0.0.1 only, with the one local user. Used by `wuhu serve` and by
/// the browser tests (port 0 picks a free port; <see cref="Url"/> tells which).
/// </summary>
public sealed class LocalWebServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalWebServer(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    /// <summary>"http://127.0.0.1:5080/app/".</summary>
    public string Url { get; }

    public string BaseUrl => Url[..^WebRoutes.PagePath.Length];

    public static async Task<LocalWebServer> StartAsync(StorageContext storage, int port, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // Warnings and errors only (a failed request shows its exception on the console).
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            k.Limits.MaxRequestBodySize = storage.Options.MaxUploadBytes + 1024 * 1024;
        });
        builder.Services.AddWuhuWebOver(storage, new LocalUser());
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A local tool: the console is where the person running it looks.
                Console.Error.WriteLine($"error: {context.Request.Method} {context.Request.Path}: {e}");
                throw;
            }
        });
        app.MapWuhuWeb();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var bound = new Uri(address).Port;
        return new LocalWebServer(app, $"http://127.0.0.1:{bound}{WebRoutes.PagePath}");
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
