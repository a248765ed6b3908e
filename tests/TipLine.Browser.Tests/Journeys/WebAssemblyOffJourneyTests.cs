using Microsoft.Playwright;
using TipLine.Testing.Environment;
using TipLine.Web.Tests.Hosting;
using Xunit.Abstractions;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>
/// JavaScript on but WebAssembly off (Tor Browser "Safer"): the receipt's Argon2id must fall back to pure JavaScript,
/// both when the tip is sent and when the whistleblower logs in, and the whole journey must still work.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebAssemblyOffJourneyTests(ChromiumWithoutWebAssembly chromium, SeededServer seeded, ITestOutputHelper output)
    : IClassFixture<ChromiumWithoutWebAssembly>, IClassFixture<SeededServer>
{
    private const string WebAssemblyType = "typeof WebAssembly";

    [ChromiumFact]
    public async Task Without_WebAssembly_a_small_report_is_still_encrypted_in_the_browser_and_followed_up()
    {
        const string language = "fr";
        const string acknowledgement = "Merci. Votre signalement a été reçu";
        using var report = PlantedReport.Create(language, fileBytes: 100_000);
        var answer = $"Le vendeur poste le lundi. réponse-{Guid.NewGuid():N}";
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = seeded.Server.Address.ToString(),
            JavaScriptEnabled = true,
        });
        var page = await context.NewPageAsync();
        var console = PageConsole.Attach(page);
        try
        {
            await page.GotoAsync("/");
            // Otherwise the test would pass through hash-wasm and prove nothing about the fallback.
            Assert.Equal("undefined", await page.EvaluateAsync<string>(WebAssemblyType));

            await JavaScriptJourney.RunAsync(page, report, language, acknowledgement, answer);

            Assert.Equal("undefined", await page.EvaluateAsync<string>(WebAssemblyType));
            Assert.Equal(["tipline-followup"], (await context.CookiesAsync()).Select(cookie => cookie.Name));
            await StoredTip.AssertHoldsAsync(seeded, report, language, acknowledgement, answer);
        }
        catch
        {
            console.WriteTo(output);
            await FailureScreenshot.SaveAsync(page, nameof(WebAssemblyOffJourneyTests));
            throw;
        }
    }
}
