using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office;

/// <summary>Staff sign-in through the real pages: password, mandatory TOTP, recovery codes, lockout, session end.</summary>
[Collection(TipLineServerCollection.Name)]
public sealed class SignInTests(TipLineServer server)
{
    private async Task<SeededStaff> NewInvestigatorAsync(StaffRoles roles = StaffRoles.IntakeInvestigator)
    {
        var organisation = await StaffSeed.CreateOrganisationAsync(server.Services, "Sign-in test unit " + Guid.NewGuid().ToString("N")[..6], OrganisationType.IntakeUnit, "FR");
        return await StaffSeed.CreateUserAsync(server.Services, organisation, "user-" + Guid.NewGuid().ToString("N")[..10], roles);
    }

    [Fact]
    public async Task FirstSignInEnrolsTheSecondFactorAndShowsTenRecoveryCodesThenTheAccountPageKnowsTheUser()
    {
        var staff = await NewInvestigatorAsync();
        using var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);

        Assert.Equal(10, client.RecoveryCodes.Count);
        Assert.Equal(10, client.RecoveryCodes.Distinct().Count());
        var account = await client.GetPageAsync("/office/account");
        Assert.Contains(staff.UserName, account, StringComparison.Ordinal);
        Assert.Contains(staff.PublicKey, account, StringComparison.Ordinal);

        var cookie = client.Cookies.GetCookies(server.Address).Single(c => c.Name == "tipline-staff");
        Assert.True(cookie.HttpOnly);
        Assert.DoesNotContain(client.Cookies.GetCookies(server.Address), c => c.Name == "tipline-staff-pending" && c.Value.Length > 0);
    }

    [Fact]
    public async Task AUserWithASecondFactorMustGiveACodeAndAWrongCodeIsRefused()
    {
        var staff = await NewInvestigatorAsync();
        using (var first = new OfficeClient(server))
        {
            await first.SignInFirstTimeAsync(staff.UserName, staff.Password);
        }

        using var client = new OfficeClient(server);
        var afterPassword = await client.SubmitPasswordAsync(staff.UserName, staff.Password);
        Assert.Equal("/office/login/code", afterPassword.Headers.Location?.OriginalString);
        var wrong = await client.PostFormAsync("/office/login/code", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("not valid", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/office/account")).StatusCode);
    }

    [Fact]
    public async Task ATotpCodeIsAcceptedOnceAndARecoveryCodeWorksExactlyOnce()
    {
        var staff = await NewInvestigatorAsync();
        using var first = new OfficeClient(server);
        await first.SignInFirstTimeAsync(staff.UserName, staff.Password);

        // The enrolment's code (the latest step accepted) cannot be replayed by someone who watched it being typed.
        using var replay = new OfficeClient(server);
        await replay.SubmitPasswordAsync(staff.UserName, staff.Password);
        var replayed = await replay.PostFormAsync("/office/login/code", new Dictionary<string, string>
        {
            ["Code"] = Crypto.Totp.TotpAuthenticator.CodeAt(Base32Secret(first), first.LastCodeStep),
        });
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("not valid", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var recovery = first.RecoveryCodes[3];
        using var lostPhone = new OfficeClient(server);
        await lostPhone.SubmitPasswordAsync(staff.UserName, staff.Password);
        var accepted = await lostPhone.PostFormAsync("/office/login/code", new Dictionary<string, string> { ["Code"] = recovery.ToUpperInvariant() });
        Assert.Equal("/office", accepted.Headers.Location?.OriginalString);

        using var again = new OfficeClient(server);
        await again.SubmitPasswordAsync(staff.UserName, staff.Password);
        var spent = await again.PostFormAsync("/office/login/code", new Dictionary<string, string> { ["Code"] = recovery });
        Assert.Equal(HttpStatusCode.OK, spent.StatusCode);
        Assert.Equal(9, (await ReadUserAsync(staff.UserId)).UnusedRecoveryCodeHashes.Count);
    }

    [Fact]
    public async Task RepeatedWrongPasswordsLockTheAccountAndTheRightPasswordIsThenRefusedToo()
    {
        var staff = await NewInvestigatorAsync();
        using var client = new OfficeClient(server);
        for (var attempt = 0; attempt < StaffUser.FailuresBeforeLock; attempt++)
        {
            var refused = await client.SubmitPasswordAsync(staff.UserName, "wrong password " + attempt);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        var locked = await client.SubmitPasswordAsync(staff.UserName, staff.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var user = await ReadUserAsync(staff.UserId);
        Assert.Equal(StaffUser.FailuresBeforeLock, user.FailedSignIns);
        Assert.True(user.LockedUntil > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task AnUnknownUserNameGetsTheSameAnswerAsAWrongPassword()
    {
        var staff = await NewInvestigatorAsync();
        using var client = new OfficeClient(server);
        var unknown = await (await client.SubmitPasswordAsync("nobody-" + Guid.NewGuid().ToString("N")[..8], "whatever password")).Content.ReadAsStringAsync();
        var wrong = await (await client.SubmitPasswordAsync(staff.UserName, "whatever password")).Content.ReadAsStringAsync();
        Assert.Contains("not recognised", unknown, StringComparison.Ordinal);
        Assert.Equal(ErrorOf(unknown), ErrorOf(wrong));
    }

    [Fact]
    public async Task SigningOutEndsTheSessionServerSideSoACopiedCookieNoLongerWorks()
    {
        var staff = await NewInvestigatorAsync();
        using var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        var copied = client.Cookies.GetCookies(server.Address).Single(c => c.Name == "tipline-staff").Value;

        var signedOut = await client.PostFormAsync("/office/signout", [], formPage: "/office/account");
        Assert.Equal("/office/login", signedOut.Headers.Location?.OriginalString);

        using var thief = server.CreateRealClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/office/account");
        request.Headers.Add("Cookie", "tipline-staff=" + copied);
        var response = await thief.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/office/login", response.Headers.Location?.PathAndQuery ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionIdleLongerThanTheTimeoutEnds()
    {
        var staff = await NewInvestigatorAsync();
        using var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/office/account")).StatusCode);

        await WithDatabaseAsync(async database =>
        {
            var session = await database.StaffSessions.SingleAsync(s => s.StaffUserId == staff.UserId);
            database.Entry(session).Property(s => s.LastSeenAt).CurrentValue = DateTimeOffset.UtcNow.AddMinutes(-31);
            await database.SaveChangesAsync();
        });

        var response = await client.GetAsync("/office/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/office/login", response.Headers.Location?.PathAndQuery ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesComeFromTheDatabaseOnEveryRequestAndADisabledUserIsSignedOutAtOnce()
    {
        var staff = await NewInvestigatorAsync();
        using var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        Assert.Equal("/office/inbox", (await client.GetAsync("/office")).Headers.Location?.OriginalString);

        await WithDatabaseAsync(async database =>
        {
            var user = await database.StaffUsers.SingleAsync(u => u.Id == staff.UserId);
            user.ChangeRoles(StaffRoles.Auditor);
            await database.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/office")).StatusCode);

        await WithDatabaseAsync(async database =>
        {
            var user = await database.StaffUsers.SingleAsync(u => u.Id == staff.UserId);
            user.Disable();
            await database.SaveChangesAsync();
        });
        var response = await client.GetAsync("/office/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/office/login", response.Headers.Location?.PathAndQuery ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePasswordRewrapsTheKeySoOnlyTheNewPasswordSignsInAndTheKeyStaysTheSame()
    {
        var staff = await NewInvestigatorAsync();
        using var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        const string newPassword = "a much longer new passphrase";
        var changed = await client.PostFormAsync("/office/account?handler=Password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = staff.Password,
            ["NewPassword"] = newPassword,
            ["NewPasswordConfirmation"] = newPassword,
        }, formPage: "/office/account");
        Assert.Equal("/office/account?done=PasswordChanged", changed.Headers.Location?.OriginalString);

        using var old = new OfficeClient(server);
        Assert.Equal(HttpStatusCode.OK, (await old.SubmitPasswordAsync(staff.UserName, staff.Password)).StatusCode);
        using var fresh = new OfficeClient(server);
        await fresh.SignInAsync(staff.UserName, newPassword, client.TotpSecret!);
        var user = await ReadUserAsync(staff.UserId);
        Assert.Equal(staff.PublicKey, user.PublicKey);
        using var key = Crypto.Keys.StaffKeyring.UnlockWithPassword(user.PasswordWrappedPrivateKey, newPassword);
        Assert.Equal(staff.PrivateKey, key.ToSecretString());
    }

    [Fact]
    public async Task ABadNewPasswordIsRefusedInTheUsersLanguageAndChangesNothing()
    {
        var staff = await NewInvestigatorAsync();
        using var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        var before = (await ReadUserAsync(staff.UserId)).PasswordWrappedPrivateKey;
        var refused = await client.PostFormAsync("/office/account?handler=Password&lang=fr", new Dictionary<string, string>
        {
            ["CurrentPassword"] = staff.Password,
            ["NewPassword"] = "short",
            ["NewPasswordConfirmation"] = "short",
        }, formPage: "/office/account?lang=fr");
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("au moins 12 caractères", page, StringComparison.Ordinal);
        Assert.Equal(before, (await ReadUserAsync(staff.UserId)).PasswordWrappedPrivateKey);
    }

    [Fact]
    public async Task NoBackOfficePageIsReachableWithoutSigningIn()
    {
        using var anonymous = server.CreateRealClient();
        foreach (var path in new[] { "/office", "/office/account" })
        {
            var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/office/login", response.Headers.Location?.PathAndQuery ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheSignInPageSpeaksFrenchAndSpanish()
    {
        using var client = server.CreateRealClient();
        Assert.Contains("Connexion du personnel", await client.GetStringAsync(new Uri("/office/login?lang=fr", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Acceso del personal", await client.GetStringAsync(new Uri("/office/login?lang=es", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterSignInNoFileTheServerWroteHoldsTheKeyThePasswordOrARecoveryCode()
    {
        var staff = await NewInvestigatorAsync();
        using var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        SqliteConnection.ClearAllPools();
        var secret = Encoding.ASCII.GetBytes(staff.PrivateKey);
        foreach (var file in Directory.EnumerateFiles(server.DataDirectory, "*", SearchOption.AllDirectories))
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file);
            }
            catch (FileNotFoundException)
            {
                continue; // a -wal/-shm file checkpointed away after the listing: its content is in the database file
            }

            Assert.True(bytes.AsSpan().IndexOf(secret) < 0, $"{Path.GetFileName(file)} holds the private key in the clear");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(staff.Password)) < 0, $"{Path.GetFileName(file)} holds the password");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(client.RecoveryCodes[0])) < 0, $"{Path.GetFileName(file)} holds a recovery code");
        }
    }

    private static byte[] Base32Secret(OfficeClient client) =>
        Crypto.Totp.Base32.TryDecode(client.TotpSecret, out var secret) ? secret : throw new InvalidOperationException("no secret");

    private static string ErrorOf(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "<p class=\"error\" role=\"alert\">(?<text>[^<]*)</p>").Groups["text"].Value;

    private Task<StaffUser> ReadUserAsync(Guid id) =>
        WithDatabaseAsync(database => database.StaffUsers.AsNoTracking().SingleAsync(u => u.Id == id));

    private async Task<T> WithDatabaseAsync<T>(Func<TipLineDbContext, Task<T>> work)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TipLineDbContext>());
    }

    private async Task WithDatabaseAsync(Func<TipLineDbContext, Task> work)
    {
        await using var scope = server.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TipLineDbContext>());
    }
}
