using Microsoft.Playwright;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>The receipt confirmation, the receipt login and the conversation at /followup, for either mode.</summary>
internal static class FollowUpPage
{
    /// <summary>Ticks "I wrote it down" and continues; the receipt section is <paramref name="receiptSection"/>.</summary>
    public static async Task ContinueFromReceiptAsync(IPage page, ILocator receiptSection)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(receiptSection);
        await receiptSection.Locator("input[name=written]").CheckAsync();
        await receiptSection.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/followup");
        await page.Locator("#followup-login-form").WaitForAsync();
    }

    public static async Task LogInAsync(IPage page, string receipt)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.FillAsync("#receipt", receipt);
        await page.ClickAsync("#followup-login-form button[type=submit]");
    }

    /// <summary>The follow-up view in the given mode ("browser": the tab decrypts; "server": JavaScript off).</summary>
    public static ILocator View(IPage page, string mode) => page.Locator($"#followup-view[data-mode={mode}]");

    /// <summary>Message bodies from the investigators (the acknowledgement first).</summary>
    public static ILocator MessagesToMe(IPage page) => page.Locator("ol.messages li.to-me .body");

    public static ILocator MessagesFromMe(IPage page) => page.Locator("ol.messages li.from-me .body");

    public static async Task ReplyAsync(IPage page, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.FillAsync("#body", text);
        await page.ClickAsync("#followup-reply-form button[type=submit]");
    }
}
