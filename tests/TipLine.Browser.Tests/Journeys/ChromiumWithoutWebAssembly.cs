using Microsoft.Playwright;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>
/// A second Chromium in which WebAssembly does not exist, as in Tor Browser on "Safer" (JavaScript on, JIT and
/// WebAssembly off). V8's --jitless does exactly that: no compiler, so no WebAssembly global in any page or worker,
/// which is what the script tests before choosing its Argon2id implementation. V8's --noexpose_wasm would be the
/// narrower switch, but Chromium 156 ignores it (typeof WebAssembly stays "object"), so it cannot be used.
/// </summary>
public sealed class ChromiumWithoutWebAssembly : IAsyncLifetime
{
    public const string DisableWebAssemblyFlag = "--js-flags=--jitless";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await LocalChromium.LaunchAsync(playwright, DisableWebAssemblyFlag);
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
