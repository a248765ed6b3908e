using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Accounts;
using TipLine.Application.Errors;
using TipLine.Application.Staff;
using TipLine.Application.Staff.AcceptInvitation;
using TipLine.Application.Staff.InviteStaffMember;
using TipLine.Application.Staff.ListStaff;
using TipLine.Application.Staff.ReadInvitation;
using TipLine.Application.Staff.RevokeInvitation;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Passwords;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Administration;

public sealed class InvitationTests : IAsyncLifetime
{
    private const string NewPassword = "a long passphrase for amina's investigator";
    private static readonly DateOnly Today = DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime);

    private readonly ApplicationHost host = new();
    private readonly Deployment deployment;
    private Guid organisation;
    private Member administrator = null!;

    public InvitationTests()
    {
        deployment = new Deployment(host);
    }

    [Fact]
    public async Task AnInvitationStoresOnlyTheHashOfItsOneTimeTokenAndIsAuditedByIdOnly()
    {
        var issued = await InviteAsync("Investigator.Two", "Investigator Two", StaffRoles.IntakeInvestigator | StaffRoles.Prosecutor);

        Assert.Equal(InvitationTokens.EncodedLength, issued.Token.Length);
        Assert.Equal(Today.AddDays(7), issued.ExpiresOn);
        var stored = await host.WithDatabaseAsync(db => db.StaffInvitations.AsNoTracking().SingleAsync());
        Assert.Equal(SHA256.HashData(Base64Url.DecodeFromChars(issued.Token)), stored.TokenHash);
        Assert.Equal(("investigator.two", "Investigator Two", organisation, administrator.Id), (stored.UserName, stored.DisplayName, stored.OrganisationId, stored.InvitedByUserId));
        var entry = Assert.Single(await deployment.AuditEntriesAsync());
        Assert.Equal(("staff.invite", nameof(StaffInvitation), issued.InvitationId.ToString("D")), (entry.Action, entry.ObjectType, entry.ObjectId));
        Assert.DoesNotContain(issued.Token, await EverythingStoredAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInviteeReadsTheInvitationWithoutSigningIn()
    {
        var issued = await InviteAsync("prosecutor1", "Maître Ndong", StaffRoles.Prosecutor);

        var details = await host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadInvitation(issued.Token)));

        Assert.Equal(new InvitationDetails("Wildlife Intake", "prosecutor1", "Maître Ndong", StaffRoles.Prosecutor, Today.AddDays(7)), details);
    }

    [Fact]
    public async Task AcceptingCreatesAUserWhosePasswordAndRecoveryKeyBothUnlockTheSameKeyPair()
    {
        var issued = await InviteAsync("investigator2", "Investigator Two", StaffRoles.IntakeInvestigator);

        var joined = await host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, NewPassword, NewPassword)));

        var user = await deployment.UserAsync(joined.UserId);
        Assert.Equal(("investigator2", organisation, StaffRoles.IntakeInvestigator, false), (user.UserName, user.OrganisationId, user.Roles, user.IsDisabled));
        Assert.Null(user.SealedTotpSecret);
        Assert.Null(user.EscrowWrappedPrivateKey);
        Assert.True(PasswordHasher.Verify(NewPassword, user.PasswordHash));
        Assert.False(PasswordHasher.Verify(NewPassword + "!", user.PasswordHash));
        using (var unlocked = StaffKeyring.UnlockWithPassword(user.PasswordWrappedPrivateKey, NewPassword))
        {
            Assert.Equal(user.PublicKey, unlocked.Recipient.ToString());
        }

        using (var recovered = StaffKeyring.UnlockWithRecoveryKey(user.RecoveryWrappedPrivateKey, joined.RecoveryKey))
        {
            Assert.Equal(user.PublicKey, recovered.Recipient.ToString());
        }

        Assert.Throws<KeyUnlockException>(() => StaffKeyring.UnlockWithPassword(user.PasswordWrappedPrivateKey, "another long password"));
        Assert.StartsWith("AGE-SECRET-KEY-1", joined.RecoveryKey, StringComparison.Ordinal);
        Assert.DoesNotContain(joined.RecoveryKey, await EverythingStoredAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task JoiningIsAuditedAsTheNewUser()
    {
        var issued = await InviteAsync("investigator2", "Investigator Two", StaffRoles.IntakeInvestigator);

        var joined = await host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, NewPassword, NewPassword)));

        var entry = (await deployment.AuditEntriesAsync())[^1];
        Assert.Equal(("staff.join", nameof(StaffUser), joined.UserId.ToString("D"), (Guid?)joined.UserId), (entry.Action, entry.ObjectType, entry.ObjectId, entry.ActorUserId));
        Assert.True((await host.VerifyAuditChainAsync()).IsIntact);
    }

    [Fact]
    public async Task AMemberOfAnOrganisationWithAnEscrowKeyGetsAnEscrowCopyOfTheirKey()
    {
        using var escrow = X25519Identity.Generate();
        var escrowed = await deployment.AddOrganisationAsync("Escrowed Unit", escrowRecipient: escrow.Recipient.ToString());
        var escrowedAdministrator = await deployment.AddMemberAsync(escrowed, StaffRoles.Administrator);
        var issued = await host.SendAsync(escrowedAdministrator.Actor, m => m.Send(new InviteStaffMember("escrowed", "Escrowed", StaffRoles.IntakeInvestigator)));

        var joined = await host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, NewPassword, NewPassword)));

        var user = await deployment.UserAsync(joined.UserId);
        Assert.Equal(escrowed, user.OrganisationId);
        using var fromEscrow = WrappedIdentity.Unwrap(user.EscrowWrappedPrivateKey!, [escrow]);
        Assert.Equal(user.PublicKey, fromEscrow.Recipient.ToString());
    }

    [Fact]
    public async Task AnInvitationWorksOnce()
    {
        var issued = await InviteAsync("investigator2", "Investigator Two", StaffRoles.IntakeInvestigator);
        await host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, NewPassword, NewPassword)));

        await Assert.ThrowsAsync<NotFoundException>(() =>
            host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, "a different passphrase", "a different passphrase"))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadInvitation(issued.Token))));

        Assert.Equal(1, await host.WithDatabaseAsync(db => db.StaffUsers.CountAsync(u => u.UserName == "investigator2")));
        var accepted = await host.WithDatabaseAsync(db => db.StaffInvitations.AsNoTracking().SingleAsync());
        Assert.NotNull(accepted.AcceptedAsUserId);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public async Task AnInvitationWorksUntilItsLastDayAndNotAfter(int expiresInDays, bool works)
    {
        var token = await AddInvitationAsync("late.joiner", Today.AddDays(expiresInDays));

        var read = host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadInvitation(token)));
        var accept = host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(token, NewPassword, NewPassword)));

        if (works)
        {
            Assert.Equal("late.joiner", (await read).UserName);
            Assert.Equal("late.joiner", (await accept).UserName);
        }
        else
        {
            await Assert.ThrowsAsync<NotFoundException>(() => read);
            await Assert.ThrowsAsync<NotFoundException>(() => accept);
            Assert.Equal(0, await host.WithDatabaseAsync(db => db.StaffUsers.CountAsync(u => u.UserName == "late.joiner")));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public async Task ALinkThatIsNotAnIssuedTokenIsNotFound(string token)
    {
        await InviteAsync("investigator2", "Investigator Two", StaffRoles.IntakeInvestigator);

        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadInvitation(token))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(token, NewPassword, NewPassword))));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.StaffUsers.CountAsync()));
    }

    [Theory]
    [InlineData("short pass", "short pass", "Password", "password.tooShort")]
    [InlineData("Investigator2", "Investigator2", "Password", "password.sameAsUserName")]
    [InlineData(NewPassword, NewPassword + " ", "PasswordConfirmation", "password.confirmationDiffers")]
    public async Task APasswordOutsideThePolicyIsRefusedAndTheLinkStillWorks(string password, string confirmation, string field, string key)
    {
        var issued = await InviteAsync("investigator2", "Investigator Two", StaffRoles.IntakeInvestigator);

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, password, confirmation))));

        Assert.Equal((field, key), (Assert.Single(refusal.Problems).Field, refusal.Problems[0].MessageKey));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.StaffUsers.CountAsync()));
        Assert.Equal("investigator2", (await host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadInvitation(issued.Token)))).UserName);
    }

    [Fact]
    public async Task APasswordLongerThanTheLimitIsRefused()
    {
        var issued = await InviteAsync("investigator2", "Investigator Two", StaffRoles.IntakeInvestigator);
        var overlong = new string('p', PasswordPolicy.MaximumLength + 1);

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, overlong, overlong))));

        Assert.Equal("password.tooLong", Assert.Single(refusal.Problems).MessageKey);
    }

    [Fact]
    public async Task AUserNameIsTakenByAnyUserOrOpenInvitationOfAnyOrganisationButNotByAnExpiredOne()
    {
        var elsewhere = await deployment.AddOrganisationAsync("Elsewhere");
        await deployment.AddMemberAsync(elsewhere, StaffRoles.Prosecutor, "existing.user");
        await InviteAsync("invited.user", "Invited", StaffRoles.IntakeInvestigator);
        await AddInvitationAsync("lapsed.user", Today.AddDays(-1));

        foreach (var taken in new[] { "Existing.User", " invited.user " })
        {
            var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => InviteAsync(taken, "Someone", StaffRoles.IntakeInvestigator));
            Assert.Equal(("UserName", StaffMemberRules.UserNameTaken), (Assert.Single(refusal.Problems).Field, refusal.Problems[0].MessageKey));
        }

        await InviteAsync("lapsed.user", "Lapsed, invited again", StaffRoles.IntakeInvestigator);
    }

    [Theory]
    [InlineData("", "Name", StaffRoles.IntakeInvestigator, "UserName", StaffMemberRules.UserNameRequired)]
    [InlineData("ab", "Name", StaffRoles.IntakeInvestigator, "UserName", StaffMemberRules.UserNameInvalid)]
    [InlineData("with space", "Name", StaffRoles.IntakeInvestigator, "UserName", StaffMemberRules.UserNameInvalid)]
    [InlineData("ünïcode", "Name", StaffRoles.IntakeInvestigator, "UserName", StaffMemberRules.UserNameInvalid)]
    [InlineData("valid.name", " ", StaffRoles.IntakeInvestigator, "DisplayName", StaffMemberRules.DisplayNameRequired)]
    [InlineData("valid.name", "Two\nLines", StaffRoles.IntakeInvestigator, "DisplayName", StaffMemberRules.DisplayNameInvalidCharacters)]
    [InlineData("valid.name", "Name", StaffRoles.None, "Roles", StaffMemberRules.RolesRequired)]
    [InlineData("valid.name", "Name", (StaffRoles)64, "Roles", StaffMemberRules.RolesUnknown)]
    public async Task BadInvitationsAreRefusedWithTheirKeysAndNothingIsWritten(string userName, string displayName, StaffRoles roles, string field, string key)
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => InviteAsync(userName, displayName, roles));

        Assert.Equal((field, key), (Assert.Single(refusal.Problems).Field, refusal.Problems[0].MessageKey));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.StaffInvitations.CountAsync()));
        Assert.Empty(await deployment.AuditEntriesAsync());
    }

    [Fact]
    public async Task OverlongNamesAreRefused()
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            InviteAsync(new string('a', StaffMemberRules.MaximumUserNameLength + 1), new string('b', StaffMemberRules.MaximumDisplayNameLength + 1), StaffRoles.Auditor));

        Assert.Equal([StaffMemberRules.UserNameTooLong, StaffMemberRules.DisplayNameTooLong], refusal.Problems.Select(p => p.MessageKey));
    }

    [Fact]
    public async Task AnAdministratorInvitesTheFirstAdministratorOfANewOrganisationWhichThenManagesItself()
    {
        var police = await deployment.AddOrganisationAsync("Gabon Wildlife Police", Domain.Organisations.OrganisationType.WildlifePolice);

        var issued = await host.SendAsync(administrator.Actor, m => m.Send(
            new InviteStaffMember("police.admin", "Police Admin", StaffRoles.Administrator | StaffRoles.EnforcementOfficer, police)));
        var joined = await host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, NewPassword, NewPassword)));

        Assert.Equal(police, (await deployment.UserAsync(joined.UserId)).OrganisationId);
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(administrator.Actor, m => m.Send(
            new InviteStaffMember("second.police", "Second", StaffRoles.Administrator, police))));
        Assert.Equal(("OrganisationId", InviteStaffMemberValidator.OrganisationHasMembers), (Assert.Single(refusal.Problems).Field, refusal.Problems[0].MessageKey));
        var policeAdministrator = new TestActor(joined.UserId, police, StaffRoles.Administrator);
        await host.SendAsync(policeAdministrator, m => m.Send(new InviteStaffMember("second.police", "Second", StaffRoles.EnforcementOfficer)));
    }

    [Fact]
    public async Task AnotherOrganisationGetsOnlyOneOpenFirstInvitationAndItsFirstMemberAdministers()
    {
        var police = await deployment.AddOrganisationAsync("Gabon Wildlife Police", Domain.Organisations.OrganisationType.WildlifePolice);

        var notAdministrator = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(administrator.Actor, m => m.Send(
            new InviteStaffMember("police.officer", "Officer", StaffRoles.EnforcementOfficer, police))));
        var unknown = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(administrator.Actor, m => m.Send(
            new InviteStaffMember("nowhere.admin", "Nowhere", StaffRoles.Administrator, Guid.NewGuid()))));
        await host.SendAsync(administrator.Actor, m => m.Send(new InviteStaffMember("police.admin", "Police Admin", StaffRoles.Administrator, police)));
        var second = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(administrator.Actor, m => m.Send(
            new InviteStaffMember("other.admin", "Other", StaffRoles.Administrator, police))));

        Assert.Equal(InviteStaffMemberValidator.FirstMemberAdministers, Assert.Single(notAdministrator.Problems).MessageKey);
        Assert.Equal(InviteStaffMemberValidator.OrganisationUnknown, Assert.Single(unknown.Problems).MessageKey);
        Assert.Equal(InviteStaffMemberValidator.OrganisationHasMembers, Assert.Single(second.Problems).MessageKey);
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.StaffInvitations.CountAsync()));
    }

    [Fact]
    public async Task NamingTheirOwnOrganisationIsAnOrdinaryInvitation()
    {
        var issued = await host.SendAsync(administrator.Actor, m => m.Send(new InviteStaffMember("colleague", "Colleague", StaffRoles.Auditor, organisation)));

        Assert.Equal(organisation, (await host.WithDatabaseAsync(db => db.StaffInvitations.AsNoTracking().SingleAsync(i => i.Id == issued.InvitationId))).OrganisationId);
    }

    [Theory]
    [InlineData(StaffRoles.IntakeInvestigator)]
    [InlineData(StaffRoles.Auditor | StaffRoles.RewardOfficer)]
    public async Task OnlyAdministratorsMayInvite(StaffRoles roles)
    {
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.SendAsync(new TestActor(administrator.Id, organisation, roles), m => m.Send(new InviteStaffMember("sneaky", "Sneaky", StaffRoles.Administrator))));

        Assert.Equal(0, await host.WithDatabaseAsync(db => db.StaffInvitations.CountAsync()));
    }

    [Fact]
    public async Task ARevokedInvitationNoLongerWorksAndLeavesTheList()
    {
        var issued = await InviteAsync("investigator2", "Investigator Two", StaffRoles.IntakeInvestigator);

        await host.SendAsync(administrator.Actor, m => m.Send(new RevokeInvitation(issued.InvitationId)));

        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadInvitation(issued.Token))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(issued.Token, NewPassword, NewPassword))));
        Assert.Empty((await host.SendAsync(administrator.Actor, m => m.Send(new ListStaff()))).Invitations);
        var entry = (await deployment.AuditEntriesAsync())[^1];
        Assert.Equal(("staff.invitation.revoke", issued.InvitationId.ToString("D")), (entry.Action, entry.ObjectId));
    }

    [Fact]
    public async Task AnotherOrganisationsOrAnAcceptedInvitationCannotBeRevoked()
    {
        var elsewhere = await deployment.AddOrganisationAsync("Elsewhere");
        var otherAdministrator = await deployment.AddMemberAsync(elsewhere, StaffRoles.Administrator);
        var theirs = await host.SendAsync(otherAdministrator.Actor, m => m.Send(new InviteStaffMember("theirs", "Theirs", StaffRoles.Prosecutor)));
        var accepted = await InviteAsync("accepted", "Accepted", StaffRoles.IntakeInvestigator);
        await host.SendAsync(TestActor.Whistleblower, m => m.Send(new AcceptInvitation(accepted.Token, NewPassword, NewPassword)));

        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(administrator.Actor, m => m.Send(new RevokeInvitation(theirs.InvitationId))));
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(administrator.Actor, m => m.Send(new RevokeInvitation(accepted.InvitationId))));

        Assert.Equal("theirs", (await host.SendAsync(TestActor.Whistleblower, m => m.Send(new ReadInvitation(theirs.Token)))).UserName);
        Assert.Equal(2, await host.WithDatabaseAsync(db => db.StaffInvitations.CountAsync()));
    }

    public async Task InitializeAsync()
    {
        organisation = await deployment.AddOrganisationAsync("Wildlife Intake");
        administrator = await deployment.AddMemberAsync(organisation, StaffRoles.Administrator);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task<IssuedInvitation> InviteAsync(string userName, string displayName, StaffRoles roles) =>
        host.SendAsync(administrator.Actor, m => m.Send(new InviteStaffMember(userName, displayName, roles)));

    /// <summary>An invitation issued earlier with the given last day, straight into the database (the clock cannot be moved).</summary>
    private async Task<string> AddInvitationAsync(string userName, DateOnly expiresOn)
    {
        var (token, hash) = InvitationTokens.Issue();
        await host.WithDatabaseAsync(db =>
        {
            db.StaffInvitations.Add(new StaffInvitation(
                Guid.NewGuid(), organisation, userName, userName, StaffRoles.IntakeInvestigator, hash, administrator.Id, expiresOn.AddDays(-7), expiresOn));
            return db.SaveChangesAsync();
        });
        return token;
    }

    /// <summary>The database file and its write-ahead log, as text: a copy of the disk.</summary>
    private async Task<string> EverythingStoredAsync()
    {
        var file = await host.WithDatabaseAsync(db => Task.FromResult(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource));
        // Closing the pooled connections checkpoints the log into the database file, so nothing is missed when the
        // -wal and -shm files disappear while they are listed (which made this test flaky).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var text = new StringBuilder();
        foreach (var path in Directory.GetFiles(Path.GetDirectoryName(file)!))
        {
            try
            {
                text.Append(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path)));
            }
            catch (FileNotFoundException)
            {
                // A -wal or -shm file removed by the checkpoint after the listing: its content is in the database file.
            }
        }

        Assert.Contains("investigator", text.ToString(), StringComparison.Ordinal);
        return text.ToString();
    }
}
