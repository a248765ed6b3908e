using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Rewards;
using TipLine.Application.Rewards.Awards;
using TipLine.Crypto.Age;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Rewards.Awards;

/// <summary>
/// A reward programme (10–30 %, cap 50,000 USD) run by an authority's two reward officers, with its auditor and an
/// investigator who is no reward officer, another authority's reward officer, and an NGO case referred to it with a
/// notice posted. Claims are sealed to the officers as the follow-up page seals them and driven to a state with the
/// domain objects, with days relative to the server's today.
/// </summary>
internal sealed class AwardDeployment
{
    public const string LawyerName = "Maître Ngoye, avocats associés";

    private readonly TipLineServer server;
    private int sanctionSequence;

    private AwardDeployment(TipLineServer server) => this.server = server;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public SeededStaff OfficerA { get; private set; } = null!;

    public SeededStaff OfficerB { get; private set; } = null!;

    public SeededStaff Auditor { get; private set; } = null!;

    public SeededStaff Investigator { get; private set; } = null!;

    public SeededStaff OtherOfficer { get; private set; } = null!;

    public RewardProgramme Programme { get; private set; } = null!;

    public Guid CaseId { get; } = Guid.NewGuid();

    public Guid NoticeId { get; } = Guid.NewGuid();

    public string CaseReference { get; } = "RW-" + Guid.NewGuid().ToString("N")[..10];

    private Guid Channel { get; set; }

    public static async Task<AwardDeployment> CreateAsync(TipLineServer server)
    {
        var deployment = new AwardDeployment(server);
        await deployment.SeedAsync();
        return deployment;
    }

    public async Task<OfficeClient> SignInAsync(SeededStaff staff)
    {
        var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(staff.UserName, staff.Password);
        return client;
    }

    /// <summary>A claim represented by a lawyer, filed, or driven to a final award of <paramref name="finalPercent"/> approved yesterday.</summary>
    public async Task<(Guid ClaimId, Guid TipId, X25519Identity TipKey)> ClaimAsync(decimal? finalPercent = null)
    {
        var tipKey = X25519Identity.Generate();
        using var whistleblower = X25519Identity.Generate();
        var tip = new Tip(
            Guid.NewGuid(), Channel, Today.AddDays(-200), tipKey.Recipient.ToString(), whistleblower.Recipient.ToString(),
            TipSealing.SealForTip(new TipAnswers { Description = "Ivory" }.ToUtf8Json(), tipKey.Recipient.ToString()), new byte[64]);
        tip.AttachToCase(CaseId);
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        database.Tips.Add(tip);
        await database.SaveChangesAsync();
        var recipients = await database.ClaimRecipientsAsync(Programme.Id, tip.Id, CancellationToken.None);
        var content = new ClaimContent(string.Empty, "through the lawyer's office", "Client account of the law firm", LawyerName, "My tip named the seller.");
        var claim = new RewardClaim(Guid.NewGuid(), NoticeId, Programme.Id, CaseId, tip.Id, ClaimantKind.Represented, content.SealFor(recipients), Today.AddDays(-90));
        database.RewardClaims.Add(claim);
        if (finalPercent is { } percent)
        {
            var officers = await database.OfficerRecipientsAsync(Programme.Id, CancellationToken.None);
            foreach (var (stage, day) in new[] { (DeterminationStage.Preliminary, Today.AddDays(-60)), (DeterminationStage.Final, Today.AddDays(-1)) })
            {
                var reasons = TipSealing.SealFor(JsonSerializer.SerializeToUtf8Bytes(new DeterminationReasons(Programme.FactorList.ToDictionary(f => f, f => "Seeded " + f))), officers);
                var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, stage, percent, reasons, OfficerA.UserId, day);
                claim.Propose(stage, day);
                proposal.Approve(OfficerB.UserId, day);
                claim.ApplyApproved(proposal, Programme, day);
                database.AwardProposals.Add(proposal);
            }
        }

        await database.SaveChangesAsync();
        return (claim.Id, tip.Id, tipKey);
    }

    public async Task CollectAsync(decimal amount)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        database.SanctionEntries.Add(new SanctionEntry(
            Guid.NewGuid(), CaseId, Interlocked.Increment(ref sanctionSequence), SanctionEntryKind.Collected, amount, "USD", Today.AddDays(-30), "Receipt", null, OfficerA.UserId, Today.AddDays(-30)));
        await database.SaveChangesAsync();
    }

    /// <summary>The staff messages of a tip, opened with its tip key.</summary>
    public async Task<List<string>> MessagesAsync(Guid tipId, X25519Identity tipKey)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var bodies = await database.Messages.AsNoTracking().Where(m => m.TipId == tipId).OrderBy(m => m.Sequence).Select(m => m.BodyCiphertext).ToListAsync();
        return bodies.Select(b => MessageBody.Open(b, tipKey).Body).ToList();
    }

    private async Task SeedAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var authority = await StaffSeed.CreateOrganisationAsync(server.Services, "Reward authority " + suffix, OrganisationType.CitesManagementAuthority, "US");
        var other = await StaffSeed.CreateOrganisationAsync(server.Services, "Other authority " + suffix, OrganisationType.CitesManagementAuthority, "GA");
        var ngo = await StaffSeed.CreateOrganisationAsync(server.Services, "Reward NGO " + suffix, OrganisationType.IntakeUnit, "US");
        OfficerA = await StaffSeed.CreateUserAsync(server.Services, authority, "reward-a-" + suffix, StaffRoles.RewardOfficer);
        OfficerB = await StaffSeed.CreateUserAsync(server.Services, authority, "reward-b-" + suffix, StaffRoles.RewardOfficer);
        Auditor = await StaffSeed.CreateUserAsync(server.Services, authority, "reward-auditor-" + suffix, StaffRoles.Auditor);
        Investigator = await StaffSeed.CreateUserAsync(server.Services, authority, "reward-investigator-" + suffix, StaffRoles.IntakeInvestigator);
        OtherOfficer = await StaffSeed.CreateUserAsync(server.Services, other, "reward-other-" + suffix, StaffRoles.RewardOfficer);

        var start = Today.AddDays(-365);
        Programme = new RewardProgramme(
            Guid.NewGuid(),
            authority,
            new RewardProgrammeTerms(
                "Lacey Act rewards " + suffix, "16 U.S.C. 3375(d)", "US", 10m, 30m, 1_000m, 50_000m, "USD", 90, 30, 30, "Officials acting in their duties",
                [RewardFactor.Significance, RewardFactor.Assistance, RewardFactor.Timeliness, RewardFactor.Culpability], AllowsAnonymousClaims: false),
            start);
        var referral = new RewardReferral(Guid.NewGuid(), CaseId, Programme.Id, OfficerA.UserId, start);
        var channel = new Channel(Guid.NewGuid(), ngo, "rewards-" + suffix, "Rewards " + suffix, "Wildlife tips", "en", start);
        Channel = channel.Id;
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        database.Channels.Add(channel);
        database.Cases.Add(new Case(CaseId, ngo, CaseReference, start));
        database.RewardProgrammes.Add(Programme);
        database.RewardReferrals.Add(referral);
        database.RewardNotices.Add(new RewardNotice(NoticeId, referral.Id, CaseId, Programme.Id, OfficerA.UserId, Today.AddDays(-100), 90));
        await database.SaveChangesAsync();
    }
}
