using Microsoft.Playwright;
using TipLine.Testing.Environment;

namespace TipLine.Browser.Tests;

/// <summary>
/// Launches Debian's Chromium headless. Never downloads a browser; the flags keep Chromium from calling out to the
/// network, which this machine would refuse.
/// </summary>
internal static class LocalChromium
{
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] extraArguments)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var chromium = TestEnvironment.ChromiumPath
            ?? throw new InvalidOperationException("Chromium is required at /usr/bin/chromium (apt-get install chromium).");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", .. extraArguments,
            ],
        });
    }
}
