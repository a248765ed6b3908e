using Microsoft.Playwright;
using TipLine.Web.Tests.Hosting;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>
/// The same journey with JavaScript off (Tor Browser "Safest"), in real Chromium: the plain form posts a 20 MiB file,
/// the receipt page comes back after the commit, the receipt logs in, the acknowledgement is shown, the answer is
/// stored. No cookie may exist before the login; the investigator's key proves what was stored.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptJourneyTests(BrowserFixture browser, SeededServer seeded, ITestOutputHelper output) : IClassFixture<SeededServer>
{
    private const float SlowStepMilliseconds = 120_000;

    [ChromiumTheory]
    [InlineData("en", "Thank you. Your report has been received")]
    [InlineData("fr", "Merci. Votre signalement a été reçu")]
    public async Task A_report_with_a_20_MiB_file_goes_through_the_plain_form_and_is_followed_up_with_its_receipt(string language, string acknowledgement)
    {
        using var report = PlantedReport.Create(language, PlantedReport.LargeFileBytes);
        var answer = $"The parcels leave on Mondays. answer-{Guid.NewGuid():N}";
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = seeded.Server.Address.ToString(),
            JavaScriptEnabled = false,
            Locale = "de-DE",
        });
        var traffic = TrafficRecorder.Attach(context);
        var page = await context.NewPageAsync();
        var console = PageConsole.Attach(page);
        try
        {
            await page.GotoAsync($"/report/wildlife?lang={language}");
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            await ReportForm.FillAsync(page, report);
            await ReportForm.SubmitAsync(page, SlowStepMilliseconds);

            var receiptSection = page.Locator("section.receipt");
            var receiptText = receiptSection.Locator("[data-receipt]");
            await receiptText.WaitForAsync(new() { Timeout = SlowStepMilliseconds });
            var receipt = (await receiptText.InnerTextAsync()).Trim();
            Assert.Matches(@"^\d{4}( \d{4}){6}$", receipt);
            Assert.Empty(await context.CookiesAsync());

            await FollowUpPage.ContinueFromReceiptAsync(page, receiptSection);
            Assert.Empty(await context.CookiesAsync());
            Assert.Empty(await traffic.SetCookiesAsync());

            await FollowUpPage.LogInAsync(page, receipt);
            await FollowUpPage.View(page, "server").WaitForAsync(new() { Timeout = SlowStepMilliseconds });
            await Expect(FollowUpPage.MessagesToMe(page).First).ToContainTextAsync(acknowledgement);
            await Expect(page.Locator("#followup-view dl.answers")).ToContainTextAsync(report.Description);
            Assert.Equal(["tipline-followup"], (await context.CookiesAsync()).Select(cookie => cookie.Name));

            await FollowUpPage.ReplyAsync(page, answer);
            await Expect(FollowUpPage.MessagesFromMe(page)).ToHaveTextAsync([answer], new() { Timeout = SlowStepMilliseconds });
            await page.ReloadAsync();
            await Expect(FollowUpPage.MessagesFromMe(page)).ToHaveTextAsync([answer]);
            await Expect(FollowUpPage.MessagesToMe(page).First).ToContainTextAsync(acknowledgement);

            Assert.Equal(["tipline-followup"], (await context.CookiesAsync()).Select(cookie => cookie.Name));
            var setCookies = await traffic.SetCookiesAsync();
            Assert.NotEmpty(setCookies);
            Assert.All(setCookies, cookie =>
            {
                Assert.StartsWith("tipline-followup=", cookie.Value, StringComparison.Ordinal);
                Assert.Equal("/followup/login", cookie.Url.AbsolutePath);
            });

            await StoredTip.AssertHoldsAsync(seeded, report, language, acknowledgement, answer);
        }
        catch
        {
            console.WriteTo(output);
            await FailureScreenshot.SaveAsync(page, $"{nameof(NoScriptJourneyTests)}-{language}");
            throw;
        }
    }
}
