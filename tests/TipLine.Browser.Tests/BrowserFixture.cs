using Microsoft.Playwright;
using TipLine.Testing.Environment;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Browser.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright against the real server on loopback. Never downloads a browser; the
/// flags keep Chromium from calling out to the network, which this machine would refuse.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public TipLineServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var chromium = TestEnvironment.ChromiumPath
            ?? throw new InvalidOperationException("Chromium is required at /usr/bin/chromium (apt-get install chromium).");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh context per test, like a new private window; JavaScript off mimics Tor Browser "Safest".</summary>
    public Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "de-DE",
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Chromium";
}
