using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Crypto.Age;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;
using TipLine.Web.Tests.Intake;

namespace TipLine.Web.Tests.Rewards.Claims;

/// <summary>
/// A whistleblower with a receipt (a tip sent through the no-JavaScript form) whose tip is in a case with a reward
/// notice posted, written into the server's database as other helpers' use cases would leave it. The reward
/// officers' private keys are held by the test, to prove who can read a claim.
/// </summary>
internal sealed partial class RewardFollowUp : IDisposable
{
    private RewardFollowUp(TipLineServer server, HttpClient client, Guid tipId, string session)
    {
        Server = server;
        Client = client;
        TipId = tipId;
        Session = session;
    }

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public TipLineServer Server { get; }

    public HttpClient Client { get; }

    public Guid TipId { get; }

    /// <summary>The follow-up session cookie ("name=value") of a receipt login without JavaScript.</summary>
    public string Session { get; private set; }

    public Guid NoticeId { get; private set; }

    public Guid ProgrammeId { get; private set; }

    public X25519Identity Officer { get; private set; } = null!;

    /// <summary>The two reward officers' user ids (four eyes need both).</summary>
    public IReadOnlyList<Guid> OfficerIds { get; private set; } = [];

    /// <summary>Sends a tip without JavaScript, logs in with its receipt, files it in a case and posts a notice <paramref name="noticeAgeDays"/> days ago (90-day window).</summary>
    public static async Task<RewardFollowUp> CreateAsync(SeededServer seeded, int noticeAgeDays = 3, bool allowsAnonymous = false)
    {
        var marker = "reward-tip-" + Guid.NewGuid().ToString("N");
        var client = seeded.Server.CreateRealClient();
        using var submitted = await client.PostAsync("/report/wildlife?lang=en", NoScriptIntakeTests.Form(("description", marker)));
        var receipt = ReceiptPattern().Match(await submitted.Content.ReadAsStringAsync());
        Assert.True(receipt.Success, "the tip was received and its receipt shown");
        var opened = await TipInspection.OpenByMarkerAsync(seeded.Server.Services, seeded.Seed.InvestigatorKey, marker);

        using var login = await client.PostAsync("/followup/login?lang=en", NoScriptIntakeTests.Form(("receipt", receipt.Value)));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var world = new RewardFollowUp(seeded.Server, client, opened.Tip.Id, login.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
        await world.SeedRewardsAsync(seeded.Seed.OrganisationId, noticeAgeDays, allowsAnonymous);
        return world;
    }

    public async Task<(HttpStatusCode Status, string Page)> GetAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Cookie", Session);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Client.SendAsync(request);
    }

    public async Task<T> WithDatabaseAsync<T>(Func<TipLineDbContext, Task<T>> work)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TipLineDbContext>());
    }

    public void Dispose()
    {
        Client.Dispose();
        Officer?.Dispose();
    }

    private async Task SeedRewardsAsync(Guid intakeOrganisation, int noticeAgeDays, bool allowsAnonymous)
    {
        var today = Today;
        Officer = X25519Identity.Generate();
        var rewardsOffice = new Organisation(Guid.NewGuid(), "Bureau des récompenses " + Guid.NewGuid().ToString("N")[..6], OrganisationType.CitesManagementAuthority, ["FR"], today);
        var officer = new StaffUser(
            Guid.NewGuid(), rewardsOffice.Id, "reward-" + Guid.NewGuid().ToString("N")[..8], "Reward officer", StaffRoles.RewardOfficer,
            "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaA", Officer.Recipient.ToString(), [1], [1], today);
        using var secondKey = X25519Identity.Generate();
        var second = new StaffUser(
            Guid.NewGuid(), rewardsOffice.Id, "reward-" + Guid.NewGuid().ToString("N")[..8], "Second reward officer", StaffRoles.RewardOfficer,
            "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaA", secondKey.Recipient.ToString(), [1], [1], today);
        var programme = new RewardProgramme(Guid.NewGuid(), rewardsOffice.Id, new RewardProgrammeTerms(
            "Wildlife crime rewards", "Loi n° 2024-17, art. 41", "FR", 10m, 30m, 1_000m, 50_000m, "EUR", 90, 30, 60,
            "Officials acting in their duties", [RewardFactor.Significance, RewardFactor.Assistance], allowsAnonymous), today);
        var @case = new Case(Guid.NewGuid(), intakeOrganisation, "TL-REWARD-" + Guid.NewGuid().ToString("N")[..8], today.AddDays(-200));
        var referral = new RewardReferral(Guid.NewGuid(), @case.Id, programme.Id, officer.Id, today.AddDays(-150));
        var notice = new RewardNotice(Guid.NewGuid(), referral.Id, @case.Id, programme.Id, officer.Id, today.AddDays(-noticeAgeDays), 90);
        await WithDatabaseAsync(async db =>
        {
            db.AddRange(rewardsOffice, officer, second, programme, @case, referral, notice);
            (await db.Tips.SingleAsync(t => t.Id == TipId)).AttachToCase(@case.Id);
            return await db.SaveChangesAsync();
        });
        (NoticeId, ProgrammeId, OfficerIds) = (notice.Id, programme.Id, [officer.Id, second.Id]);
    }

    [GeneratedRegex(@"\b\d{4}( \d{4}){6}\b")]
    private static partial Regex ReceiptPattern();
}
