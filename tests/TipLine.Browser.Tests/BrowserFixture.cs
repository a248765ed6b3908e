using Microsoft.Playwright;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Browser.Tests;

/// <summary>
/// Debian's Chromium (see <see cref="LocalChromium"/>) driven by Playwright against the real server on loopback.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public TipLineServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await LocalChromium.LaunchAsync(playwright);
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
