using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Office.Cases;

namespace TipLine.Web.Tests.Office;

/// <summary>
/// The organisation half of the authorisation matrix over real HTTP: staff of organisations a case was never routed
/// to — every role that can work on cases, an intake investigator of another intake unit, and an online platform —
/// put the case's, tip's and file's ids into every back-office address and form. Every attempt is answered 404 (the
/// same as for an id that does not exist) and afterwards nothing about the case has changed.
/// </summary>
[Collection(TipLineServerCollection.Name)]
public sealed class IdTamperingMatrixTests(TipLineServer server)
{
    private static readonly string[] CaseHandlers =
    [
        "Triage", "Assign", "StartInvestigation", "StartProsecution", "Close", "Note", "AddTip", "Route", "Withdraw", "Takedown",
    ];

    [Fact]
    public async Task Staff_of_other_organisations_get_not_found_for_every_address_and_form_and_change_nothing()
    {
        var deployment = await CaseDeployment.CreateAsync(server);
        var tip = await deployment.SubmitTipAsync("Pangolin scales by courier");
        var other = await deployment.SubmitTipAsync("Another tip of the same unit");
        using var investigator = await deployment.SignInAsync(deployment.Investigator);
        var created = await investigator.PostFormAsync("/office/cases/create", [new("tipIds", tip.ToString())], formPage: "/office/cases");
        var caseUrl = created.Headers.Location!.OriginalString.Split('?')[0];
        var caseId = Guid.Parse(caseUrl["/office/cases/".Length..]);
        await investigator.PostFormAsync(caseUrl + "?handler=Triage", [new("Taxon", "Manis"), new("Countries", "FR"), new("Urgency", "High")], formPage: caseUrl);
        await investigator.PostFormAsync(caseUrl + "?handler=Route", [new("OrganisationId", deployment.Police.ToString())], formPage: caseUrl);
        var before = await SnapshotAsync(caseId);

        var otherUnit = await StaffSeed.CreateOrganisationAsync(server.Services, "Other intake unit " + Guid.NewGuid().ToString("N")[..6], OrganisationType.IntakeUnit, "FR");
        var outsiders = new[]
        {
            deployment.CustomsOfficer,
            deployment.PlatformOfficer,
            await StaffSeed.CreateUserAsync(server.Services, otherUnit, "other-investigator-" + Guid.NewGuid().ToString("N")[..6], StaffRoles.IntakeInvestigator | StaffRoles.Administrator),
            await StaffSeed.CreateUserAsync(server.Services, otherUnit, "other-prosecutor-" + Guid.NewGuid().ToString("N")[..6], StaffRoles.Prosecutor | StaffRoles.EnforcementOfficer),
        };

        foreach (var outsider in outsiders)
        {
            using var client = await deployment.SignInAsync(outsider);
            foreach (var path in new[] { caseUrl, $"/office/tips/{tip}", $"/office/tips/{tip}/files/{Guid.NewGuid()}" })
            {
                var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{outsider.UserName}: GET {path} gave {(int)response.StatusCode}");
            }

            foreach (var handler in CaseHandlers)
            {
                var response = await client.PostFormAsync(caseUrl + "?handler=" + handler, Fields(handler, deployment, other), formPage: "/office/account");
                // 403 where their role may never do this (checked before anything is looked up), 404 otherwise: neither says the case exists.
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{outsider.UserName}: POST {handler} gave {(int)response.StatusCode}");
            }

            var reply = await client.PostFormAsync($"/office/tips/{tip}?handler=Reply", [new("Body", "forged question")], formPage: "/office/account");
            Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
            var merge = await client.PostFormAsync("/office/cases/create", [new("tipIds", tip.ToString())], formPage: "/office/account");
            Assert.NotEqual(HttpStatusCode.Redirect, merge.StatusCode);
        }

        Assert.Equal(before, await SnapshotAsync(caseId));
    }

    private static KeyValuePair<string, string>[] Fields(string handler, CaseDeployment deployment, Guid otherTip) => handler switch
    {
        "Triage" => [new("Taxon", "Testudo graeca"), new("Countries", "GA"), new("Urgency", "Normal")],
        "Assign" => [new("AssigneeUserId", deployment.Investigator.UserId.ToString())],
        "Close" => [new("Outcome", "NoAction")],
        "Note" => [new("NoteText", "forged note")],
        "AddTip" => [new("TipId", otherTip.ToString())],
        "Route" or "Withdraw" => [new("OrganisationId", deployment.Police.ToString())],
        "Takedown" => [new("PlatformOrganisationId", deployment.Platform.ToString()), new("ListingUrls", "https://market.example/x")],
        _ => [],
    };

    // Everything a forged request could have changed: the case row, its tips, notes, routings, notices, messages and wraps.
    private async Task<string> SnapshotAsync(Guid caseId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var c = await database.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId);
        var tips = await database.Tips.AsNoTracking().Where(t => t.CaseId == caseId).Select(t => t.Id).ToListAsync();
        var notes = await database.CaseNotes.CountAsync(n => n.CaseId == caseId);
        var routings = await database.CaseRoutings.Where(r => r.CaseId == caseId).Select(r => r.OrganisationId).ToListAsync();
        var notices = await database.TakedownNotices.CountAsync(n => n.CaseId == caseId);
        var messages = await database.Messages.CountAsync(m => tips.Contains(m.TipId));
        var wraps = await database.TipKeyWraps.CountAsync(w => tips.Contains(w.TipId));
        return string.Join('|', c.Status, c.Taxon, c.Countries, c.Urgency, c.AssignedToUserId, c.Outcome,
            string.Join(',', tips.Order()), notes, string.Join(',', routings.Order()), notices, messages, wraps);
    }
}
