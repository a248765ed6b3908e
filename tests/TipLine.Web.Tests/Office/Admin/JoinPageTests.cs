using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TipLine.Crypto.Keys;
using TipLine.Domain.Staff;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Admin;

/// <summary>An invitation from the staff page to a signed-in new member, through the anonymous join page.</summary>
[Collection(TipLineServerCollection.Name)]
public sealed partial class JoinPageTests(TipLineServer server)
{
    private const string NewPassword = "three unrelated words and more";
    private readonly AdminOffice office = new(server);

    [Fact]
    public async Task AnInviteeJoinsWithTheOneTimeLinkGetsTheRecoveryKeyOnceAndSignsIn()
    {
        await office.CreateAsync();
        var (_, administrator) = await office.SignedInAsync(StaffRoles.Administrator);
        using (administrator)
        {
            var userName = "newcomer-" + AdminOffice.Unique();
            var link = await InviteAsync(administrator, userName, "Amina's Investigator", "IntakeInvestigator");
            Assert.StartsWith(server.Address + "office/join/", link, StringComparison.Ordinal);
            var path = new Uri(link).AbsolutePath;

            using var invitee = new OfficeClient(server);
            using var opened = await invitee.GetAsync(path);
            var page = await opened.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
            Assert.Equal("no-store", opened.Headers.CacheControl?.ToString());
            Assert.Contains(office.OrganisationName, page, StringComparison.Ordinal);
            Assert.Contains("Amina&#x27;s Investigator", page, StringComparison.Ordinal);
            Assert.DoesNotContain(invitee.Cookies.GetCookies(server.Address), c => c.Name == "tipline-staff");

            var joined = await invitee.PostFormAsync(path, Fields(("Password", NewPassword), ("PasswordConfirmation", NewPassword)));
            var shown = await joined.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
            Assert.Equal("no-store", joined.Headers.CacheControl?.ToString());
            var recoveryKey = RecoveryKeyPattern().Match(shown).Groups["key"].Value;
            Assert.StartsWith("AGE-SECRET-KEY-1", recoveryKey, StringComparison.Ordinal);
            Assert.Contains("href=\"/office/login?lang=en\"", shown, StringComparison.Ordinal);

            var user = await office.WithDatabaseAsync(db => db.StaffUsers.AsNoTracking().SingleAsync(u => u.UserName == userName));
            using (var recovered = StaffKeyring.UnlockWithRecoveryKey(user.RecoveryWrappedPrivateKey, recoveryKey))
            {
                Assert.Equal(user.PublicKey, recovered.Recipient.ToString());
            }

            using var member = new OfficeClient(server);
            await member.SignInFirstTimeAsync(userName, NewPassword);
            Assert.Contains(userName, await member.GetPageAsync("/office/account"), StringComparison.Ordinal);

            using var again = await new OfficeClient(server).GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
            Assert.Contains("does not work", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var token = path[(path.LastIndexOf('/') + 1)..];
            var log = await ReadLogAsync();
            Assert.DoesNotContain(token, log, StringComparison.Ordinal);
            Assert.DoesNotContain(NewPassword, log, StringComparison.Ordinal);
            Assert.DoesNotContain(recoveryKey, log, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task APasswordRefusedByThePolicyIsExplainedInThePagesLanguageAndTheLinkStillWorks()
    {
        await office.CreateAsync();
        var (_, administrator) = await office.SignedInAsync(StaffRoles.Administrator);
        using (administrator)
        {
            var path = new Uri(await InviteAsync(administrator, "short-" + AdminOffice.Unique(), "Short", "Auditor")).AbsolutePath;
            using var invitee = new OfficeClient(server);

            var refused = await invitee.PostFormAsync(path + "?lang=fr", Fields(("Password", "court"), ("PasswordConfirmation", "court")), path + "?lang=fr");

            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Le mot de passe doit comporter au moins 12 caractères.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task AWithdrawnInvitationsLinkNoLongerWorks()
    {
        await office.CreateAsync();
        var (_, administrator) = await office.SignedInAsync(StaffRoles.Administrator);
        using (administrator)
        {
            var userName = "withdrawn-" + AdminOffice.Unique();
            var path = new Uri(await InviteAsync(administrator, userName, "Withdrawn", "Prosecutor")).AbsolutePath;
            var invitation = await office.WithDatabaseAsync(db => db.StaffInvitations.AsNoTracking().SingleAsync(i => i.UserName == userName));

            var revoked = await administrator.PostFormAsync("/office/admin/staff?handler=Revoke", Fields(("invitationId", invitation.Id.ToString())), "/office/admin/staff");

            AdminOffice.AssertRedirect(revoked, "/office/admin/staff?done=InvitationRevoked");
            using var invitee = new OfficeClient(server);
            Assert.Equal(HttpStatusCode.NotFound, (await invitee.GetAsync(path)).StatusCode);
            var accepted = await invitee.PostFormAsync(path, Fields(("Password", NewPassword), ("PasswordConfirmation", NewPassword)), "/office/login");
            Assert.Equal(HttpStatusCode.NotFound, accepted.StatusCode);
            Assert.Equal(0, await office.WithDatabaseAsync(db => db.StaffUsers.CountAsync(u => u.UserName == userName)));
        }
    }

    [Theory]
    [InlineData("/office/join/not-a-token", "en", "This invitation link does not work")]
    [InlineData("/office/join/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "es", "Este enlace de invitación no funciona")]
    public async Task ALinkThatWasNeverIssuedSaysOnlyThatItDoesNotWork(string path, string language, string title)
    {
        using var anonymous = new OfficeClient(server);

        using var response = await anonymous.GetAsync(path + "?lang=" + language);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();

    /// <summary>Invites through the staff page and reads the one-time link from the page it answers with.</summary>
    private static async Task<string> InviteAsync(OfficeClient administrator, string userName, string displayName, string role)
    {
        var response = await administrator.PostFormAsync(
            "/office/admin/staff?handler=Invite", Fields(("UserName", userName), ("DisplayName", displayName), ("Roles", role)), "/office/admin/staff");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = InvitationLinkPattern().Match(page).Groups["link"].Value;
        Assert.NotEmpty(link);
        Assert.DoesNotContain(link, await administrator.GetPageAsync("/office/admin/staff"), StringComparison.Ordinal);
        return link;
    }

    private async Task<string> ReadLogAsync()
    {
        await using var stream = new FileStream(server.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var log = await reader.ReadToEndAsync();
        Assert.Contains("/Office/Join/Index", log, StringComparison.Ordinal);
        return log;
    }

    [GeneratedRegex("id=\"invitation-link\">(?<link>[^<]+)<")]
    private static partial Regex InvitationLinkPattern();

    [GeneratedRegex("id=\"recovery-key\">(?<key>[^<]+)<")]
    private static partial Regex RecoveryKeyPattern();
}
