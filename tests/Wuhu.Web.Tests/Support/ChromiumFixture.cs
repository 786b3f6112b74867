using Microsoft.Playwright;

namespace Wuhu.Web.Tests.Support;

/// <summary>
/// One headless Chromium for the browser tests: Debian's `chromium` (scripts/test.sh installs it when
/// missing), driven by Microsoft.Playwright through its executable path — Playwright's own browser download
/// is never used. WUHU_CHROMIUM names another executable.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string Variable = "WUHU_CHROMIUM";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new FileNotFoundException(
                $"Chromium is not at {ExecutablePath}: install Debian's package (`apt-get install -y chromium`, as scripts/test.sh does) or set {Variable}.",
                ExecutablePath);
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Containers run as root without user namespaces; the page is our own loopback app.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
