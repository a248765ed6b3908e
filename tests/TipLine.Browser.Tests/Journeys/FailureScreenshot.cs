using Microsoft.Playwright;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>Keeps what the page showed when a journey failed, next to the test binaries, for whoever reads the failure.</summary>
internal static class FailureScreenshot
{
    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        try
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // The page or browser is already gone; the original failure is what matters.
        }
    }
}
