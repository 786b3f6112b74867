using Microsoft.Playwright;
using Wuhu.Storage;
using Wuhu.Storage.Ingestion;
using Wuhu.Testing;
using Wuhu.Web.Hosting;

namespace Wuhu.Web.Tests.Support;

/// <summary>
/// The web app as `wuhu serve` runs it (Kestrel on 127.0.0.1, a free port) over its own Azurite containers,
/// and a browser page on it that records every request going anywhere but 127.0.0.1 (and blocks it).
/// </summary>
internal sealed class WebSite : IAsyncDisposable
{
    private readonly LocalWebServer server;
    private readonly IBrowserContext context;

    private WebSite(LocalWebServer server, IBrowserContext context, IPage page, StorageContext storage)
    {
        this.server = server;
        this.context = context;
        Page = page;
        Storage = storage;
    }

    public IPage Page { get; }
    public StorageContext Storage { get; }
    public string Url => server.Url;
    public List<string> ForeignRequests { get; } = [];
    public List<string> Requests { get; } = [];

    public static async Task<WebSite> StartAsync(AzuriteFixture azurite, ChromiumFixture chromium, bool withSamples)
    {
        var storage = await azurite.CreateStorageAsync();
        if (withSamples)
        {
            var ingestion = new BulletinIngestionService(storage);
            foreach (var file in Directory.GetFiles(Samples.RepoSamples).Order(StringComparer.Ordinal))
            {
                await using var content = File.OpenRead(file);
                await ingestion.UploadAndIngestAsync(Path.GetFileName(file), content);
            }
        }

        var server = await LocalWebServer.StartAsync(storage, 0);
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            AcceptDownloads = true,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var site = new WebSite(server, context, page, storage);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            lock (site.Requests)
            {
                site.Requests.Add(route.Request.Url);
            }

            if (url.Scheme is "data" or "blob" || url.Host == "127.0.0.1")
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (site.ForeignRequests)
                {
                    site.ForeignRequests.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        return site;
    }

    /// <summary>With WUHU_SCREENSHOTS set to a folder, saves the page there as NAME.png (to look at what users see).</summary>
    public async Task ShotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("WUHU_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }

    public Task GoAsync(string view) => Page.GotoAsync($"{Url}#{view}", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await server.DisposeAsync();
        Assert.True(ForeignRequests.Count == 0, $"requests left 127.0.0.1: {string.Join(", ", ForeignRequests)}");
    }
}
