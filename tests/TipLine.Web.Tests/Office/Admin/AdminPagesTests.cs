using System.Net;
using Microsoft.EntityFrameworkCore;
using TipLine.Crypto.Age;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Admin;

/// <summary>The administration pages over HTTP on a real server: forms without JavaScript, post-redirect-get, refusals in the page's language.</summary>
[Collection(TipLineServerCollection.Name)]
public sealed class AdminPagesTests(TipLineServer server)
{
    private readonly AdminOffice office = new(server);

    [Fact]
    public async Task TheAdministrationHomeIsForAdministratorsOnly()
    {
        await office.CreateAsync();
        var (_, administrator) = await office.SignedInAsync(StaffRoles.Administrator);
        var (_, investigator) = await office.SignedInAsync(StaffRoles.IntakeInvestigator);
        using (administrator)
        using (investigator)
        {
            var home = await administrator.GetPageAsync("/office/admin");
            Assert.Contains("href=\"/office/admin/staff\"", home, StringComparison.Ordinal);
            Assert.Contains("href=\"/office/admin/routing-rules\"", home, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await investigator.GetAsync("/office/admin")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await investigator.GetAsync("/office/admin/staff")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await new OfficeClient(server).GetAsync("/office/admin/staff")).StatusCode);
        }
    }

    [Fact]
    public async Task DisablingAMemberOnTheStaffPageEndsTheirSessionAtOnceAndEnablingLetsThemBack()
    {
        await office.CreateAsync();
        var (_, administrator) = await office.SignedInAsync(StaffRoles.Administrator);
        var (member, memberClient) = await office.SignedInAsync(StaffRoles.IntakeInvestigator);
        using (administrator)
        using (memberClient)
        {
            Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync("/office/account")).StatusCode);

            var disabled = await administrator.PostFormAsync("/office/admin/staff?handler=Disable", Fields(("userId", member.UserId.ToString())), "/office/admin/staff");

            AdminOffice.AssertRedirect(disabled, "/office/admin/staff?done=MemberDisabled");
            Assert.True((await office.UserAsync(member.UserId)).IsDisabled);
            await AssertSentToSignInAsync(memberClient);
            Assert.Contains("sessions ended", await administrator.GetPageAsync("/office/admin/staff?done=MemberDisabled"), StringComparison.Ordinal);

            AdminOffice.AssertRedirect(
                await administrator.PostFormAsync("/office/admin/staff?handler=Enable", Fields(("userId", member.UserId.ToString())), "/office/admin/staff"),
                "/office/admin/staff?done=MemberEnabled");
            Assert.False((await office.UserAsync(member.UserId)).IsDisabled);
        }
    }

    [Fact]
    public async Task RolesAreChangedAndASecondFactorResetFromTheStaffPage()
    {
        await office.CreateAsync();
        var (_, administrator) = await office.SignedInAsync(StaffRoles.Administrator);
        var (member, memberClient) = await office.SignedInAsync(StaffRoles.IntakeInvestigator);
        using (administrator)
        using (memberClient)
        {
            var changed = await administrator.PostFormAsync(
                "/office/admin/staff?handler=Roles",
                Fields(("userId", member.UserId.ToString()), ("roles", "Prosecutor"), ("roles", "Auditor")),
                "/office/admin/staff");
            AdminOffice.AssertRedirect(changed, "/office/admin/staff?done=RolesChanged");
            Assert.Equal(StaffRoles.Prosecutor | StaffRoles.Auditor, (await office.UserAsync(member.UserId)).Roles);

            var reset = await administrator.PostFormAsync("/office/admin/staff?handler=ResetSecondFactor", Fields(("userId", member.UserId.ToString())), "/office/admin/staff");
            AdminOffice.AssertRedirect(reset, "/office/admin/staff?done=SecondFactorReset");
            Assert.Null((await office.UserAsync(member.UserId)).SealedTotpSecret);
            await AssertSentToSignInAsync(memberClient);
        }
    }

    [Fact]
    public async Task AnotherOrganisationsMemberCannotBeReachedByChangingTheIdInTheForm()
    {
        await office.CreateAsync();
        var (_, administrator) = await office.SignedInAsync(StaffRoles.Administrator);
        var elsewhere = await new AdminOffice(server).CreateAsync(OrganisationType.WildlifePolice);
        var stranger = await elsewhere.AddMemberAsync(StaffRoles.Administrator | StaffRoles.EnforcementOfficer);
        using (administrator)
        {
            foreach (var handler in new[] { "Disable", "Roles", "ResetSecondFactor", "Enable" })
            {
                var response = await administrator.PostFormAsync(
                    $"/office/admin/staff?handler={handler}", Fields(("userId", stranger.UserId.ToString()), ("roles", "Auditor")), "/office/admin/staff");
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }

            var untouched = await office.UserAsync(stranger.UserId);
            Assert.Equal((false, StaffRoles.Administrator | StaffRoles.EnforcementOfficer), (untouched.IsDisabled, untouched.Roles));
            Assert.DoesNotContain(stranger.UserName, await administrator.GetPageAsync("/office/admin/staff"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("es", "Su organización debe conservar al menos un administrador activo.")]
    [InlineData("fr", "Votre organisation doit garder au moins un administrateur actif.")]
    public async Task TheLastAdministratorIsToldInTheirLanguageWhyTheyCannotDropTheRole(string language, string message)
    {
        await office.CreateAsync();
        var (administrator, client) = await office.SignedInAsync(StaffRoles.Administrator);
        using (client)
        {
            var refused = await client.PostFormAsync(
                $"/office/admin/staff?handler=Roles&lang={language}", Fields(("userId", administrator.UserId.ToString()), ("roles", "Auditor")), "/office/admin/staff");

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(StaffRoles.Administrator, (await office.UserAsync(administrator.UserId)).Roles);
        }
    }

    [Fact]
    public async Task OrganisationsAreAddedAndEditedButAnotherOrganisationsEscrowKeyIsLeftAlone()
    {
        await office.CreateAsync();
        var (_, administrator) = await office.SignedInAsync(StaffRoles.Administrator);
        var name = "Douanes du Gabon " + AdminOffice.Unique();
        using var escrow = X25519Identity.Generate();
        using (administrator)
        {
            var created = await administrator.PostFormAsync(
                "/office/admin/organisations?handler=Create",
                Fields(("Name", name), ("Type", "Customs"), ("Jurisdictions", "GA"), ("Jurisdictions", "CM")),
                "/office/admin/organisations");
            AdminOffice.AssertRedirect(created, "/office/admin/organisations?done=OrganisationCreated");
            var listed = await administrator.GetPageAsync("/office/admin/organisations?lang=fr");
            Assert.Contains(name, listed, StringComparison.Ordinal);
            Assert.Contains("Douanes</td>", listed, StringComparison.Ordinal);
            Assert.Contains("Cameroun, Gabon", listed, StringComparison.Ordinal);

            var duplicate = await administrator.PostFormAsync(
                "/office/admin/organisations?handler=Create&lang=fr", Fields(("Name", name), ("Type", "Customs"), ("Jurisdictions", "GA")), "/office/admin/organisations");
            Assert.Contains("Une autre organisation porte déjà ce nom.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var customs = await office.WithDatabaseAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == name));
            var editPage = await administrator.GetPageAsync($"/office/admin/organisations?edit={customs.Id}");
            Assert.DoesNotContain("name=\"EscrowRecipient\"", editPage, StringComparison.Ordinal);
            var updated = await administrator.PostFormAsync(
                $"/office/admin/organisations?handler=Update&id={customs.Id}",
                Fields(("Name", name + " (renamed)"), ("Type", "Customs"), ("Jurisdictions", "GA"), ("EscrowRecipient", escrow.Recipient.ToString())),
                $"/office/admin/organisations?edit={customs.Id}");
            AdminOffice.AssertRedirect(updated, "/office/admin/organisations?done=OrganisationUpdated");
            var afterEdit = await office.WithDatabaseAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == customs.Id));
            Assert.Equal((name + " (renamed)", (string?)null), (afterEdit.Name, afterEdit.EscrowRecipient));

            Assert.Contains("name=\"EscrowRecipient\"", await administrator.GetPageAsync($"/office/admin/organisations?edit={office.OrganisationId}"), StringComparison.Ordinal);
            var ownEscrow = await administrator.PostFormAsync(
                $"/office/admin/organisations?handler=Update&id={office.OrganisationId}",
                Fields(("Name", office.OrganisationName), ("Type", "IntakeUnit"), ("Jurisdictions", "GA"), ("EscrowRecipient", escrow.Recipient.ToString())),
                $"/office/admin/organisations?edit={office.OrganisationId}");
            AdminOffice.AssertRedirect(ownEscrow, "/office/admin/organisations?done=OrganisationUpdated");
            Assert.Equal(escrow.Recipient.ToString(), (await office.WithDatabaseAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == office.OrganisationId))).EscrowRecipient);
        }
    }

    [Fact]
    public async Task InvestigatorsReadTheRoutingRulesAndAdministratorsChangeThem()
    {
        await office.CreateAsync();
        var police = await new AdminOffice(server).CreateAsync(OrganisationType.WildlifePolice);
        var (_, administrator) = await office.SignedInAsync(StaffRoles.Administrator);
        var (_, investigator) = await office.SignedInAsync(StaffRoles.IntakeInvestigator);
        using (administrator)
        using (investigator)
        {
            var created = await administrator.PostFormAsync(
                "/office/admin/routing-rules?handler=Create",
                Fields(("TargetOrganisationId", police.OrganisationId.ToString()), ("Country", "GA"), ("TaxonGroup", "Testudinidae"), ("Appendix", "II"), ("Platform", ""), ("MinimumUrgency", "")),
                "/office/admin/routing-rules");
            AdminOffice.AssertRedirect(created, "/office/admin/routing-rules?done=RuleCreated");

            var seen = await investigator.GetPageAsync("/office/admin/routing-rules?lang=es");
            Assert.Contains(police.OrganisationName, seen, StringComparison.Ordinal);
            Assert.Contains("Testudinidae", seen, StringComparison.Ordinal);
            Assert.Contains("Apéndice II", seen, StringComparison.Ordinal);
            Assert.DoesNotContain("handler=Create", seen, StringComparison.Ordinal);
            var forbidden = await investigator.PostFormAsync(
                "/office/admin/routing-rules?handler=Create", Fields(("TargetOrganisationId", police.OrganisationId.ToString())), "/office/admin/routing-rules");
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

            var rule = await office.WithDatabaseAsync(db => db.RoutingRules.AsNoTracking().SingleAsync(r => r.OwnerOrganisationId == office.OrganisationId));
            AdminOffice.AssertRedirect(
                await administrator.PostFormAsync("/office/admin/routing-rules?handler=Delete", Fields(("ruleId", rule.Id.ToString())), "/office/admin/routing-rules"),
                "/office/admin/routing-rules?done=RuleDeleted");
            Assert.DoesNotContain("Testudinidae", await investigator.GetPageAsync("/office/admin/routing-rules"), StringComparison.Ordinal);
        }
    }

    private static async Task AssertSentToSignInAsync(OfficeClient client)
    {
        var response = await client.GetAsync("/office/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/office/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
}
