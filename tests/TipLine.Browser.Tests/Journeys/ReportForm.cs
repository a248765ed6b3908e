using Microsoft.Playwright;

namespace TipLine.Browser.Tests.Journeys;

/// <summary>The report form at /report/{channel}, driven as a person would: the same steps with or without JavaScript.</summary>
internal static class ReportForm
{
    public static async Task FillAsync(IPage page, PlantedReport report, bool attachFile = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(report);
        await page.SelectOptionAsync("#platformKind", "marketplace");
        await page.FillAsync("#platformName", report.PlatformName);
        await page.FillAsync("#listingUrls", report.ListingUrl);
        await page.FillAsync("#sellerHandles", report.SellerHandle);
        await page.FillAsync("#species", report.Species);
        await page.CheckAsync("input[name=itemKind][value=live]");
        await page.SelectOptionAsync("#sellerCountry", "MA");
        await page.FillAsync("#description", report.Description);
        if (attachFile)
        {
            await page.SetInputFilesAsync("#files", report.FilePath);
        }
    }

    /// <summary>
    /// Without JavaScript the click waits for the posted page, so the timeout covers streaming the upload and the
    /// server's encryption; with JavaScript it returns at once and the caller waits for the receipt.
    /// </summary>
    public static Task SubmitAsync(IPage page, float timeoutMilliseconds) =>
        page.ClickAsync("#report-form button[type=submit]", new() { Timeout = timeoutMilliseconds });
}
