using Microsoft.Playwright;
using TipLine.Web.Tests.Hosting;
using Xunit.Abstractions;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>
/// The whole whistleblower journey with JavaScript on, in real Chromium: a report with a 20 MiB file is encrypted in
/// the tab, the receipt appears only after the server stored it, the whistleblower comes back with the receipt, reads
/// the acknowledgement decrypted in the tab and answers. Every request body is captured and searched for the planted
/// plaintext; the investigator's key then proves the server stored exactly what was typed and attached.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JavaScriptJourneyTests(BrowserFixture browser, SeededServer seeded, ITestOutputHelper output) : IClassFixture<SeededServer>
{
    [ChromiumTheory]
    [InlineData("en", "Thank you. Your report has been received")]
    [InlineData("fr", "Merci. Votre signalement a été reçu")]
    public async Task A_report_with_a_20_MiB_file_is_sent_only_as_ciphertext_and_followed_up_with_its_receipt(string language, string acknowledgement)
    {
        using var report = PlantedReport.Create(language, PlantedReport.LargeFileBytes);
        var answer = $"The parcels leave on Mondays. answer-{Guid.NewGuid():N}";
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = seeded.Server.Address.ToString(),
            JavaScriptEnabled = true,
            Locale = "de-DE",
        });
        var traffic = TrafficRecorder.Attach(context);
        var page = await context.NewPageAsync();
        var console = PageConsole.Attach(page);
        try
        {
            var receipt = await JavaScriptJourney.RunAsync(page, report, language, acknowledgement, answer);

            Assert.Equal(["tipline-followup"], (await context.CookiesAsync()).Select(cookie => cookie.Name));
            var setCookies = await traffic.SetCookiesAsync();
            Assert.NotEmpty(setCookies);
            Assert.All(setCookies, cookie =>
            {
                Assert.StartsWith("tipline-followup=", cookie.Value, StringComparison.Ordinal);
                Assert.Equal("/api/followup/login", cookie.Url.AbsolutePath); // no cookie before the login, none besides it
            });

            AssertOnlyCiphertextLeftTheBrowser(traffic, report, receipt, answer);
            await StoredTip.AssertHoldsAsync(seeded, report, language, acknowledgement, answer);
        }
        catch
        {
            console.WriteTo(output);
            await FailureScreenshot.SaveAsync(page, $"{nameof(JavaScriptJourneyTests)}-{language}");
            throw;
        }
    }

    private static void AssertOnlyCiphertextLeftTheBrowser(TrafficRecorder traffic, PlantedReport report, string receipt, string answer)
    {
        var requests = traffic.Requests;
        // The search below means something only if the recorder really saw the bodies, the file's among them.
        Assert.All(requests.Where(request => request.Method is "POST" or "PUT"), request =>
            Assert.True(request.Body is { Length: > 0 }, $"{request.Method} {request.Url.AbsolutePath} was recorded without its body"));
        var uploaded = requests.Where(request => request.Method == "PUT" && request.Url.AbsolutePath.StartsWith("/api/intake/", StringComparison.Ordinal))
            .Sum(request => (long)request.Body!.Length);
        Assert.True(uploaded >= report.File.Length, $"expected at least {report.File.Length} uploaded bytes, recorded {uploaded}");

        traffic.AssertNoRequestContains([
            .. PlaintextNeedles.For("the planted marker", report.Marker),
            .. PlaintextNeedles.For("the file's first 64 bytes", report.FilePrefix.Span),
            .. PlaintextNeedles.For("the receipt digits", receipt.Replace(" ", string.Empty, StringComparison.Ordinal)),
            .. PlaintextNeedles.For("the receipt as shown", receipt),
            .. PlaintextNeedles.For("the answer", answer),
        ]);
    }
}
