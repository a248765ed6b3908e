using Microsoft.Playwright;
using TipLine.Testing.Environment;

namespace TipLine.Browser.Tests.Home;

[Collection(BrowserCollection.Name)]
public sealed class HomePageInChromiumTests(BrowserFixture browser)
{
    [ChromiumFact]
    public async Task With_JavaScript_off_a_visitor_switches_to_French_and_reads_the_page_without_any_cookie()
    {
        await using var context = await browser.NewContextAsync(javaScriptEnabled: false);
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            Assert.Equal("Report online wildlife trafficking safely", await page.Locator("h1").InnerTextAsync());

            await page.GetByRole(AriaRole.Link, new() { Name = "Français" }).ClickAsync();

            Assert.Equal("Signaler en sécurité le trafic d'espèces sauvages en ligne", await page.Locator("h1").InnerTextAsync());
            Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Empty(await context.CookiesAsync());
        }
        catch
        {
            await SaveScreenshotAsync(page, nameof(With_JavaScript_off_a_visitor_switches_to_French_and_reads_the_page_without_any_cookie));
            throw;
        }
    }

    [ChromiumFact]
    public async Task The_page_makes_no_request_to_any_other_origin()
    {
        await using var context = await browser.NewContextAsync(javaScriptEnabled: true);
        var page = await context.NewPageAsync();
        var origins = new List<string>();
        page.Request += (_, request) => origins.Add(new Uri(request.Url).GetLeftPart(UriPartial.Authority));

        await page.GotoAsync("/?lang=es");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var own = browser.Server.Address.GetLeftPart(UriPartial.Authority);
        Assert.NotEmpty(origins);
        Assert.All(origins, origin => Assert.Equal(own, origin));
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true });
    }
}
