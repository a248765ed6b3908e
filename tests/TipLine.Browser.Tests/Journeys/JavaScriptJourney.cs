using System.Net;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>
/// The steps of the journey with JavaScript on, shared by every browser configuration that runs it: report, receipt
/// shown in place, receipt login, acknowledgement and answers decrypted in the tab, an answer, a reload.
/// </summary>
internal static class JavaScriptJourney
{
    // Encrypting and uploading 20 MiB in pure JavaScript on a shared two-core machine: generous, it normally takes seconds.
    public const float SlowStepMilliseconds = 120_000;

    /// <returns>The receipt as the page showed it ("1234 5678 …").</returns>
    public static async Task<string> RunAsync(IPage page, PlantedReport report, string language, string acknowledgement, string answer)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(report);
        await page.GotoAsync($"/report/wildlife?lang={language}");
        await ReportForm.FillAsync(page, report);
        await ReportForm.SubmitAsync(page, SlowStepMilliseconds);

        var receiptSection = page.Locator("#report-result");
        var receiptText = receiptSection.Locator("[data-receipt]");
        await receiptText.WaitForAsync(new() { Timeout = SlowStepMilliseconds });
        var receipt = (await receiptText.InnerTextAsync()).Trim();
        Assert.Matches(@"^\d{4}( \d{4}){6}$", receipt);
        Assert.Equal("/report/wildlife", new Uri(page.Url).AbsolutePath); // the script sent it; the form never posted
        Assert.Empty(await page.Context.CookiesAsync());

        await FollowUpPage.ContinueFromReceiptAsync(page, receiptSection);
        Assert.Empty(await page.Context.CookiesAsync());

        await FollowUpPage.LogInAsync(page, receipt);
        await FollowUpPage.View(page, "browser").WaitForAsync(new() { Timeout = SlowStepMilliseconds });
        await Expect(FollowUpPage.MessagesToMe(page).First).ToContainTextAsync(acknowledgement);
        await Expect(page.Locator("#followup-view [data-decrypted-kind=answers]")).ToContainTextAsync(report.Description);

        await FollowUpPage.ReplyAsync(page, answer);
        await Expect(FollowUpPage.MessagesFromMe(page)).ToHaveTextAsync([answer], new() { Timeout = SlowStepMilliseconds });

        var reloaded = await page.ReloadAsync();
        Assert.NotNull(reloaded);
        // The server sent only ciphertext: what the page shows after the reload was decrypted in this tab.
        var served = WebUtility.HtmlDecode(await reloaded.TextAsync());
        Assert.DoesNotContain(answer, served, StringComparison.Ordinal);
        Assert.DoesNotContain(acknowledgement, served, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Marker, served, StringComparison.Ordinal);
        await Expect(FollowUpPage.MessagesFromMe(page)).ToHaveTextAsync([answer]);
        await Expect(FollowUpPage.MessagesToMe(page).First).ToContainTextAsync(acknowledgement);
        return receipt;
    }
}
