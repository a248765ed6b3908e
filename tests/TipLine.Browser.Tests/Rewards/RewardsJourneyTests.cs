using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TipLine.Browser.Tests.BackOffice;
using TipLine.Browser.Tests.Journeys;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;
using TipLine.Testing.Environment;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Office;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TipLine.Browser.Tests.Rewards;

/// <summary>
/// The reward journey end to end in Debian Chromium against the real server (journeys.md, "Reward officers"): the
/// ministry's administrator sets up a programme; a whistleblower reports with JavaScript on; the investigator makes a
/// case and refers it; reward officer A records the first collection and posts a notice; the whistleblower claims with
/// the receipt, naming a lawyer, sealed in the browser to the reward officers; A opens the claim and proposes 20 % with a
/// reason per factor and cannot approve it; officer B approves; the whistleblower sees the preliminary determination and
/// accepts it; the final determination passes the same four eyes; A pays a first tranche, the rest is collected and a
/// second tranche follows, and a payment beyond award % × collected is refused; the whistleblower sees what was
/// received; the programme report renders with its small-count suppression; the investigator cannot open the claim and
/// never sees the lawyer's name. Screenshots of each step are written next to the test binaries.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RewardsJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const float Slow = 120_000;
    private readonly TipLineServer server = new();

    [ChromiumFact]
    public async Task A_collected_sanction_becomes_a_sealed_claim_a_four_eyes_award_and_two_tranches_and_the_investigator_never_reads_the_claim()
    {
        var marker = Marker();
        var lawyerMarker = Marker();
        var lawyer = $"Maître Awa Diallo {lawyerMarker}, cabinet Diallo & associés, Dakar";
        var programmeName = "Wildlife rewards " + marker;
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (intake, investigator) = await SeedIntakeOrganisationAsync();
        var ministry = await StaffSeed.CreateOrganisationAsync(server.Services, "Ministère — récompenses " + marker, OrganisationType.CitesManagementAuthority, "FR");
        var administrator = await StaffSeed.CreateUserAsync(server.Services, ministry, "admin-" + Marker(), StaffRoles.Administrator);
        var officerA = await StaffSeed.CreateUserAsync(server.Services, ministry, "officer-a-" + Marker(), StaffRoles.RewardOfficer);
        var officerB = await StaffSeed.CreateUserAsync(server.Services, ministry, "officer-b-" + Marker(), StaffRoles.RewardOfficer);
        Assert.NotEqual(Guid.Empty, intake);

        // The ministry's administrator configures the programme.
        await using var adminContext = await NewContextAsync(javaScript: true);
        var admin = new OfficeBrowser(await adminContext.NewPageAsync());
        await admin.SignInFirstTimeAsync(administrator.UserName, administrator.Password);
        await admin.Page.GotoAsync("/office/admin/programmes");
        await admin.Page.FillAsync("#Name", programmeName);
        await admin.Page.FillAsync("#LegalBasis", "Code de l'environnement, art. L. 415-3 (reward decree)");
        await admin.Page.SelectOptionAsync("#Jurisdiction", "FR");
        await admin.Page.FillAsync("#MinimumPercent", "10");
        await admin.Page.FillAsync("#MaximumPercent", "30");
        await admin.Page.SelectOptionAsync("#Currency", "EUR");
        await admin.Page.FillAsync("#MinimumCollected", "500000");
        await admin.Page.FillAsync("#Cap", "250000");
        await admin.Page.FillAsync("#ClaimWindowDays", "90");
        await admin.Page.FillAsync("#ContestWindowDays", "30");
        await admin.Page.FillAsync("#AppealWindowDays", "30");
        await admin.Page.FillAsync("#Exclusions", "Officials acting in their duties");
        foreach (var factor in await admin.Page.Locator("input[name=Factors]").AllAsync())
        {
            await factor.CheckAsync();
        }

        await admin.Page.ClickAsync("form.stacked-form button[type=submit]");
        await Expect(admin.Page.Locator("main")).ToContainTextAsync(programmeName);
        await admin.ScreenshotAsync("rewards-01-programme", output);

        // A whistleblower reports with JavaScript on and keeps the receipt.
        await using var whistleblowerContext = await NewContextAsync(javaScript: true);
        var whistleblower = await whistleblowerContext.NewPageAsync();
        using var report = PlantedReport.Create("en", 1024);
        await whistleblower.GotoAsync("/report/wildlife?lang=en");
        await ReportForm.FillAsync(whistleblower, report, attachFile: false);
        await ReportForm.SubmitAsync(whistleblower, Slow);
        var receiptText = whistleblower.Locator("#report-result [data-receipt]");
        await receiptText.WaitForAsync(new() { Timeout = Slow });
        var receipt = (await receiptText.InnerTextAsync()).Trim();

        // The investigator makes a case of it, refers it to the programme and records the fine the court imposed.
        await using var investigatorContext = await NewContextAsync(javaScript: true);
        var office = new OfficeBrowser(await investigatorContext.NewPageAsync());
        await office.SignInFirstTimeAsync(investigator.UserName, investigator.Password);
        await office.Page.GotoAsync("/office/inbox");
        await office.Page.Locator("tr[data-tip] a[href^='/office/tips/']").First.ClickAsync();
        await office.Page.ClickAsync("#create-case button[type=submit]");
        await office.Page.WaitForURLAsync("**/office/cases/*");
        var casePath = new Uri(office.Page.Url).AbsolutePath;
        await office.Page.Locator("#ProgrammeId").SelectOptionAsync(new SelectOptionValue { Label = $"{programmeName} (Ministère — récompenses {marker}, FR, EUR)" });
        await office.Page.Locator("form:has(#ProgrammeId) button[type=submit]").ClickAsync();
        await Expect(office.Page.Locator("ul.referrals")).ToContainTextAsync(programmeName);
        await RecordSanctionAsync(office.Page, "Imposed", "1000000", today, "TJ Paris 24/1234");
        await office.ScreenshotAsync("rewards-02-case-referred", output);

        // Reward officer A records the first collection and posts the notice.
        await using var officerAContext = await NewContextAsync(javaScript: true);
        var a = new OfficeBrowser(await officerAContext.NewPageAsync());
        await a.SignInFirstTimeAsync(officerA.UserName, officerA.Password);
        await a.Page.GotoAsync("/office/rewards");
        await a.Page.Locator("a[href^='/office/rewards/referrals/']").First.ClickAsync();
        var referralPath = new Uri(a.Page.Url).AbsolutePath;
        await RecordSanctionAsync(a.Page, "Collected", "600000", today, "Trésor public quittance 1");
        await a.Page.Locator("form[action*='handler=Notice'] button[type=submit]").ClickAsync();
        await Expect(a.Page.Locator("#notice")).ToBeVisibleAsync();
        await a.ScreenshotAsync("rewards-03-referral-notice", output);

        // The whistleblower comes back with the receipt, sees the notice and claims through a lawyer; the browser seals it.
        await whistleblower.GotoAsync("/followup?lang=en");
        await FollowUpPage.LogInAsync(whistleblower, receipt);
        await FollowUpPage.View(whistleblower, "browser").WaitForAsync(new() { Timeout = Slow });
        var claimForm = whistleblower.Locator("form.reward-claim-form");
        await Expect(claimForm).ToBeVisibleAsync();
        await claimForm.Locator("input[name=kind][value=Represented]").CheckAsync();
        await claimForm.Locator("[name=representative]").FillAsync(lawyer);
        await claimForm.Locator("[name=statement]").FillAsync("My information led to the seizure of 40 tortoises.");
        await claimForm.Locator("button[type=submit]").ClickAsync();
        await Expect(whistleblower.Locator("#reward")).ToContainTextAsync("Your claim was received on", new() { Timeout = Slow });
        await ScreenshotAsync(whistleblower, "rewards-04-claim-received");

        // Officer A opens the sealed claim (the lawyer's name is there), proposes 20 % with a reason per factor, and is not offered the approval.
        await a.Page.GotoAsync(referralPath);
        await a.Page.Locator("a[href^='/office/rewards/claims/']").First.ClickAsync();
        var claimPath = new Uri(a.Page.Url).AbsolutePath;
        await Expect(a.Page.Locator("#claim-content")).ToContainTextAsync(lawyer);
        await ProposeAsync(a.Page, "20");
        await Expect(a.Page.Locator("#four-eyes")).ToBeVisibleAsync();
        Assert.Equal(0, await a.Page.Locator("form[action*='handler=Approve']").CountAsync());
        await a.ScreenshotAsync("rewards-05-proposed", output);

        // Officer B approves; the whistleblower is told.
        await using var officerBContext = await NewContextAsync(javaScript: true);
        var b = new OfficeBrowser(await officerBContext.NewPageAsync());
        await b.SignInFirstTimeAsync(officerB.UserName, officerB.Password);
        await b.Page.GotoAsync(claimPath);
        await b.Page.Locator("form[action*='handler=Approve'] button[type=submit]").ClickAsync();
        await Expect(b.Page.Locator("#claim-award")).ToContainTextAsync("20");
        await b.ScreenshotAsync("rewards-06-approved", output);

        // The whistleblower sees the preliminary determination, in the reward section and as a secure message, and accepts it.
        await whistleblower.ReloadAsync();
        await Expect(whistleblower.Locator("#reward")).ToContainTextAsync("Preliminary determination: 20 %", new() { Timeout = Slow });
        await Expect(FollowUpPage.MessagesToMe(whistleblower).Last).ToContainTextAsync("20 %", new() { Timeout = Slow });
        await ScreenshotAsync(whistleblower, "rewards-07-preliminary-seen");
        await whistleblower.Locator("form.reward-accept-form button[type=submit]").ClickAsync();
        await Expect(whistleblower.Locator("#reward")).ToContainTextAsync("You accepted it on", new() { Timeout = Slow });

        // The final determination passes the same four eyes.
        await a.Page.GotoAsync(claimPath);
        await ProposeAsync(a.Page, "20");
        await b.Page.GotoAsync(claimPath);
        await b.Page.Locator("form[action*='handler=Approve'] button[type=submit]").ClickAsync();
        await Expect(b.Page.Locator("#ledger-entitlement")).ToContainTextAsync("120");

        // First tranche from the first collection; the rest is collected; second tranche; nothing beyond award % × collected.
        await a.Page.GotoAsync(claimPath);
        await PayAsync(a.Page, "120000", "VIR-2026-001");
        await Expect(a.Page.Locator("#ledger-outstanding")).ToContainTextAsync("0.00");
        await a.Page.GotoAsync(referralPath);
        await RecordSanctionAsync(a.Page, "Collected", "400000", today, "Trésor public quittance 2");
        await a.Page.GotoAsync(claimPath);
        await Expect(a.Page.Locator("#ledger-entitlement")).ToContainTextAsync("200");
        await PayAsync(a.Page, "80000", "VIR-2026-002");
        await Expect(a.Page.Locator("#ledger-paid")).ToContainTextAsync("200");
        await a.ScreenshotAsync("rewards-08-two-tranches", output);
        var overpay = await a.Page.APIRequest.PostAsync(claimPath + "?handler=Pay", new()
        {
            Form = await FormWithTokenAsync(a.Page, "form[action*='handler=Reverse']", ("Amount", "1"), ("Currency", "EUR"), ("PaidOn", today), ("PaymentReference", "VIR-X")),
        });
        Assert.Equal(400, overpay.Status);
        Assert.Contains("outstanding", await overpay.TextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await a.Page.Locator("#payments tbody tr").CountAsync());

        // The whistleblower sees both tranches.
        await whistleblower.ReloadAsync();
        await Expect(whistleblower.Locator("#reward")).ToContainTextAsync("Total received: 200,000.00 EUR", new() { Timeout = Slow });
        await ScreenshotAsync(whistleblower, "rewards-09-received");

        // The programme report: one claim, so its counts show "<5" and its money is withheld.
        await a.Page.GotoAsync("/office/rewards/reports");
        await a.Page.Locator("form.filter-form button[type=submit]").ClickAsync();
        await Expect(a.Page.Locator("#table-money")).ToBeVisibleAsync();
        await Expect(a.Page.Locator("main")).ToContainTextAsync("<5");
        await a.ScreenshotAsync("rewards-10-report", output);

        // The investigator cannot open the claim and never sees the lawyer's name.
        var forbidden = await office.Page.GotoAsync(claimPath);
        Assert.Equal(403, forbidden!.Status);
        Assert.DoesNotContain(lawyerMarker, await office.Page.ContentAsync(), StringComparison.Ordinal);
        await office.Page.GotoAsync(casePath);
        await Expect(office.Page.Locator("ul.referrals")).ToContainTextAsync(programmeName);
        Assert.DoesNotContain(lawyerMarker, await office.Page.ContentAsync(), StringComparison.Ordinal);
        var notFound = await office.Page.GotoAsync(referralPath);
        Assert.Contains(notFound!.Status, new[] { 403, 404 });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static string Marker() => Guid.NewGuid().ToString("N")[..8];

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    private static async Task RecordSanctionAsync(IPage page, string kind, string amount, string day, string reference)
    {
        await page.SelectOptionAsync("#sanction-kind", kind);
        await page.FillAsync("#sanction-amount", amount);
        await page.FillAsync("#sanction-currency", "EUR");
        await page.FillAsync("#sanction-occurred", day);
        await page.FillAsync("#sanction-reference", reference);
        await page.Locator("form:has(#sanction-amount) button[type=submit]").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(reference);
    }

    private static async Task ProposeAsync(IPage page, string percent)
    {
        await page.FillAsync("#Percent", percent);
        foreach (var reason in await page.Locator("textarea[id^='reason-']").AllAsync())
        {
            await reason.FillAsync("Weighed: the seller's warehouse and route came from this tip alone.");
        }

        await page.Locator("form:has(#Percent) button[type=submit]").ClickAsync();
        await Expect(page.Locator("ol.messages")).ToContainTextAsync("Weighed");
    }

    private static async Task PayAsync(IPage page, string amount, string reference)
    {
        await page.FillAsync("#Amount", amount);
        await page.FillAsync("#PaymentReference", reference);
        await page.Locator("form:has(#Amount) button[type=submit]").ClickAsync();
        await Expect(page.Locator("#payments")).ToContainTextAsync(reference);
    }

    /// <summary>A crafted POST as a scripted client would send it, with the page's antiforgery token from <paramref name="formSelector"/>.</summary>
    private static async Task<IFormData> FormWithTokenAsync(IPage page, string formSelector, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        var token = await page.Locator($"{formSelector} input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        form.Set("__RequestVerificationToken", token!);
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return form;
    }

    private Task<IBrowserContext> NewContextAsync(bool javaScript) =>
        browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
        });

    // What `tipline init` creates: the intake organisation with its investigator, and the default channel.
    private async Task<(Guid Organisation, SeededStaff Investigator)> SeedIntakeOrganisationAsync()
    {
        var organisation = await StaffSeed.CreateOrganisationAsync(server.Services, "Wildlife intake NGO", OrganisationType.IntakeUnit, "FR");
        var investigator = await StaffSeed.CreateUserAsync(server.Services, organisation, "investigator-" + Marker(), StaffRoles.IntakeInvestigator);
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        database.Channels.Add(DefaultWildlifeChannel.Create(organisation, DateOnly.FromDateTime(DateTime.UtcNow)));
        await database.SaveChangesAsync();
        return (organisation, investigator);
    }
}
