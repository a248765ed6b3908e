using Microsoft.Playwright;
using TipLine.Crypto.Totp;

namespace TipLine.Browser.Tests.BackOffice;

/// <summary>A staff member's own browser window on the back office: signs in as a person would, enrolling TOTP on first sign-in.</summary>
internal sealed class OfficeBrowser(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>First sign-in: password, then the enrolment page's secret typed into "the phone" (computed here), then the recovery codes.</summary>
    public async Task<string> SignInFirstTimeAsync(string userName, string password)
    {
        await Page.GotoAsync("/office/login");
        await Page.FillAsync("#UserName", userName);
        await Page.FillAsync("#Password", password);
        await Page.ClickAsync("form button[type=submit]");
        await Page.WaitForURLAsync("**/office/login/enrol");
        var secret = (await Page.Locator("#totp-secret").InnerTextAsync()).Trim();
        Assert.True(Base32.TryDecode(secret, out var bytes));
        await Page.FillAsync("#Code", TotpAuthenticator.CodeAt(bytes, TotpAuthenticator.TimeStepOf(DateTimeOffset.UtcNow)));
        await Page.ClickAsync("form button[type=submit]");
        Assert.Equal(10, await Page.Locator("ol.recovery-codes li").CountAsync());
        await Page.ClickAsync("a.button[href='/office']");
        return secret;
    }

    public async Task ScreenshotAsync(string name, Xunit.Abstractions.ITestOutputHelper output)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
