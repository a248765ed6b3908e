using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
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

namespace TipLine.Browser.Tests.BackOffice;

/// <summary>
/// The back office end to end in Debian Chromium against the real server: the administrator sets up a prosecution
/// office and a routing rule; a whistleblower reports through the plain form; the investigator signs in with TOTP,
/// opens the tip, makes a case, triages it, routes it to the prosecution office as the rule suggests and asks a
/// question; the whistleblower reads it with the receipt and answers; the prosecutor sees the case, the tip and the
/// answer; an officer of another organisation sees nothing of it, even by typing its addresses. Screenshots of the
/// main pages are written next to the test binaries and named in the test output.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeJourneyTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const float Slow = 60_000;
    private readonly TipLineServer server = new();

    [ChromiumFact]
    public async Task A_tip_goes_from_the_form_to_a_routed_case_and_a_question_and_answer_and_only_the_right_people_see_it()
    {
        var (intakeId, administrator) = await SeedIntakeOrganisationAsync();
        var police = await StaffSeed.CreateOrganisationAsync(server.Services, "Brigade faune " + Marker(), OrganisationType.WildlifePolice, "FR");
        var outsider = await StaffSeed.CreateUserAsync(server.Services, police, "officer-" + Marker(), StaffRoles.EnforcementOfficer);
        using var report = PlantedReport.Create("en", 64 * 1024);
        var question = "Was the label's sender address visible? q-" + Marker();
        var answer = "Yes, a post office box in Lyon. a-" + Marker();

        await using var staffContext = await NewContextAsync(javaScript: true);
        var office = new OfficeBrowser(await staffContext.NewPageAsync());
        try
        {
            // The administrator (also the intake investigator, as `tipline init` makes the first one) sets up.
            await office.SignInFirstTimeAsync(administrator.UserName, administrator.Password);
            var prosecutionName = "Parquet de Lyon " + Marker();
            await office.Page.GotoAsync("/office/admin/organisations");
            await office.Page.FillAsync("#Name", prosecutionName);
            await office.Page.SelectOptionAsync("#Type", nameof(OrganisationType.ProsecutionOffice));
            await office.Page.SelectOptionAsync("#Jurisdictions", "FR");
            await office.Page.ClickAsync("form.stacked-form button[type=submit]");
            await Expect(office.Page.Locator("main")).ToContainTextAsync(prosecutionName);
            var prosecutionId = await OrganisationIdAsync(prosecutionName);
            await office.Page.GotoAsync("/office/admin/routing-rules");
            await office.Page.SelectOptionAsync("#TargetOrganisationId", prosecutionId.ToString("D"));
            await office.Page.SelectOptionAsync("#Country", "FR");
            await office.Page.ClickAsync("form.stacked-form button[type=submit]");
            await office.ScreenshotAsync("backoffice-01-routing-rules", output);
            var prosecutor = await StaffSeed.CreateUserAsync(server.Services, prosecutionId, "prosecutor-" + Marker(), StaffRoles.Prosecutor);

            // A whistleblower reports without JavaScript and keeps the receipt.
            await using var whistleblowerContext = await NewContextAsync(javaScript: false);
            var whistleblower = await whistleblowerContext.NewPageAsync();
            await whistleblower.GotoAsync("/report/wildlife?lang=en");
            await ReportForm.FillAsync(whistleblower, report);
            await ReportForm.SubmitAsync(whistleblower, Slow);
            var receipt = (await whistleblower.Locator("section.receipt [data-receipt]").InnerTextAsync()).Trim();

            // The investigator finds it in the inbox, reads it, makes a case and triages it.
            await office.Page.GotoAsync("/office/inbox");
            await office.ScreenshotAsync("backoffice-02-inbox", output);
            await office.Page.Locator("tr[data-tip] a[href^='/office/tips/']").First.ClickAsync();
            await Expect(office.Page.Locator("dl.answers")).ToContainTextAsync(report.Description);
            await Expect(office.Page.Locator("dl.answers")).ToContainTextAsync(report.SellerHandle);
            var tipPath = new Uri(office.Page.Url).AbsolutePath;
            await office.ScreenshotAsync("backoffice-03-tip", output);
            await office.Page.ClickAsync("#create-case button[type=submit]");
            await office.Page.WaitForURLAsync("**/office/cases/*");
            var casePath = new Uri(office.Page.Url).AbsolutePath;
            await office.Page.FillAsync("#Taxon", "Testudo graeca");
            await office.Page.SelectOptionAsync("#Countries", ["FR", "MA"]);
            await office.Page.SelectOptionAsync("#Urgency", "High");
            await office.Page.Locator("form:has(#Taxon) button[type=submit]").ClickAsync();

            // The rule suggests the prosecution office; routing it wraps the tip key for its members.
            var suggestion = office.Page.Locator($"form:has(input[name=OrganisationId][value='{prosecutionId:D}']) button[type=submit]").First;
            await suggestion.ClickAsync();
            await Expect(office.Page.Locator("main")).ToContainTextAsync(prosecutionName);
            await office.ScreenshotAsync("backoffice-04-case-routed", output);

            // The investigator asks the whistleblower a question on the tip.
            await office.Page.GotoAsync(tipPath);
            await office.Page.FillAsync("#Body", question);
            await office.Page.Locator("form:has(#Body) button[type=submit]").ClickAsync();
            await Expect(office.Page.Locator("ol.messages")).ToContainTextAsync(question);

            // The whistleblower comes back with the receipt, reads the question and answers.
            await whistleblower.GotoAsync("/followup?lang=en");
            await FollowUpPage.LogInAsync(whistleblower, receipt);
            await Expect(FollowUpPage.MessagesToMe(whistleblower).Last).ToContainTextAsync(question, new() { Timeout = Slow });
            await FollowUpPage.ReplyAsync(whistleblower, answer);
            await Expect(FollowUpPage.MessagesFromMe(whistleblower)).ToHaveTextAsync([answer], new() { Timeout = Slow });
            await whistleblower.ScreenshotAsync(new() { Path = ScreenshotPath("backoffice-05-followup"), FullPage = true });

            // The prosecutor sees the routed case, the tip and the answer.
            await using var prosecutorContext = await NewContextAsync(javaScript: true);
            var prosecutorOffice = new OfficeBrowser(await prosecutorContext.NewPageAsync());
            await prosecutorOffice.SignInFirstTimeAsync(prosecutor.UserName, prosecutor.Password);
            await prosecutorOffice.Page.GotoAsync("/office/cases");
            await prosecutorOffice.Page.Locator($"a[href='{casePath}']").ClickAsync();
            await prosecutorOffice.ScreenshotAsync("backoffice-06-prosecutor-case", output);
            await prosecutorOffice.Page.GotoAsync(tipPath);
            await Expect(prosecutorOffice.Page.Locator("dl.answers")).ToContainTextAsync(report.Description);
            await Expect(prosecutorOffice.Page.Locator("ol.messages")).ToContainTextAsync(answer);

            // An officer of another organisation sees nothing of it, even by typing its addresses.
            await using var outsiderContext = await NewContextAsync(javaScript: true);
            var outsiderOffice = new OfficeBrowser(await outsiderContext.NewPageAsync());
            await outsiderOffice.SignInFirstTimeAsync(outsider.UserName, outsider.Password);
            await outsiderOffice.Page.GotoAsync("/office/cases");
            Assert.Equal(0, await outsiderOffice.Page.Locator($"a[href='{casePath}']").CountAsync());
            foreach (var path in new[] { casePath, tipPath })
            {
                var response = await outsiderOffice.Page.GotoAsync(path);
                Assert.Equal(404, response!.Status);
                Assert.DoesNotContain(report.Marker, await outsiderOffice.Page.ContentAsync(), StringComparison.Ordinal);
            }

            await outsiderOffice.ScreenshotAsync("backoffice-07-outsider-not-found", output);
        }
        catch
        {
            await FailureScreenshot.SaveAsync(office.Page, nameof(BackOfficeJourneyTests));
            throw;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static string Marker() => Guid.NewGuid().ToString("N")[..8];

    private static string ScreenshotPath(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name + ".png");
    }

    private Task<IBrowserContext> NewContextAsync(bool javaScript) =>
        browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            JavaScriptEnabled = javaScript,
            Locale = "de-DE",
        });

    // What `tipline init` creates: the intake organisation, its administrator who is also intake investigator, the channel.
    private async Task<(Guid Organisation, SeededStaff Administrator)> SeedIntakeOrganisationAsync()
    {
        var organisation = await StaffSeed.CreateOrganisationAsync(server.Services, "Wildlife intake NGO", OrganisationType.IntakeUnit, "FR");
        var administrator = await StaffSeed.CreateUserAsync(server.Services, organisation, "admin-" + Marker(), StaffRoles.Administrator | StaffRoles.IntakeInvestigator);
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        database.Channels.Add(DefaultWildlifeChannel.Create(organisation, DateOnly.FromDateTime(DateTime.UtcNow)));
        await database.SaveChangesAsync();
        return (organisation, administrator);
    }

    private async Task<Guid> OrganisationIdAsync(string name)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        return await database.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }
}
