using Janalyq.Tests.Site;
using Microsoft.Playwright;

namespace Janalyq.Tests.Browser;

/// <summary>
/// The demo portal (what `./janalyq serve` composes, on a throwaway data folder) and Debian's Chromium driven by
/// Playwright: the pages as a reader's browser lays them out and runs them. run-tests installs the browser when it
/// is missing (scripts/test-setup/chromium.sh); without it these tests fail and say so.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; Playwright is told to drive it instead of downloading its own.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    internal DemoSiteHost Site { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (./run-tests does).");
        Site = await DemoSiteHost.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in CI has no user namespace sandbox; the pages are our own, served from loopback.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>
    /// A fresh browser context (cookies, cache) of the given viewport width, optionally without JavaScript, or with the
    /// site's Content-Security-Policy bypassed so that a test can inject its own tools (axe-core) into the page.
    /// </summary>
    public async Task<ReaderPage> OpenAsync(int width, bool javaScript = true, bool injectTools = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            Locale = "ru-RU",
            BypassCSP = injectTools,
        });
        return await ReaderPage.OpenAsync(context);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Site is not null) await Site.DisposeAsync();
    }
}
