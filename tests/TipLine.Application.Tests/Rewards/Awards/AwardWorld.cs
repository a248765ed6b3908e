using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Rewards;
using TipLine.Application.Rewards.Awards;
using TipLine.Application.Rewards.Claims;
using TipLine.Application.Tests.Cases;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Age;
using TipLine.Domain.Cases;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tests.Rewards.Awards;

using Staff = TipLine.Application.Tests.Cases.Staff;

/// <summary>
/// A reward programme run by a CITES authority's two reward officers (plus its auditor and an investigator who is no
/// reward officer), a case of an NGO referred to it with a notice posted, and another authority's reward officer who
/// must never see any of it. Claims are seeded in any state by driving the domain objects with past days; the host's
/// clock says 2026-03-14.
/// </summary>
internal sealed class AwardWorld : IAsyncDisposable
{
    public const string LawyerName = "Maître Okemba, cabinet Nzé";

    public static readonly DateOnly Today = new(2026, 3, 14);

    private static readonly DateOnly Start = new(2025, 6, 1);

    private readonly bool ownsHost;
    private int sanctionSequence;

    private AwardWorld(ApplicationHost host, bool ownsHost)
    {
        Host = host;
        this.ownsHost = ownsHost;
    }

    public ApplicationHost Host { get; }

    public Guid Authority { get; } = Guid.NewGuid();

    public Guid OtherAuthority { get; } = Guid.NewGuid();

    public Guid Ngo { get; } = Guid.NewGuid();

    public Guid Channel { get; } = Guid.NewGuid();

    public Guid CaseId { get; } = Guid.NewGuid();

    public Guid NoticeId { get; } = Guid.NewGuid();

    public RewardProgramme Programme { get; private set; } = null!;

    public Staff OfficerA { get; private set; } = null!;

    public Staff OfficerB { get; private set; } = null!;

    public Staff Auditor { get; private set; } = null!;

    public Staff Investigator { get; private set; } = null!;

    public Staff OtherOfficer { get; private set; } = null!;

    public static async Task<AwardWorld> CreateAsync()
    {
        var world = new AwardWorld(new ApplicationHost(), ownsHost: true);
        await world.SeedAsync();
        return world;
    }

    public static async Task<AwardWorld> SeedAsync(ApplicationHost host)
    {
        var world = new AwardWorld(host, ownsHost: false);
        await world.SeedAsync();
        return world;
    }

    public static IReadOnlyDictionary<RewardFactor, string> AllReasons(string prefix = "Because") =>
        Enum.GetValues<RewardFactor>().ToDictionary(f => f, f => $"{prefix}: {f}");

    public Task<T> As<T>(Staff staff, Func<IMediator, ValueTask<T>> send) => Host.SendAsync(staff.Actor, send);

    /// <summary>
    /// A claim by a new tip of the case, sealed to the officers and the whistleblower, naming a lawyer; then driven to
    /// <paramref name="status"/>: a preliminary approved on <paramref name="preliminaryOn"/> (contest window 30 days),
    /// a final approved on <paramref name="finalOn"/> (appeal window 30 days).
    /// </summary>
    public async Task<SeededClaim> ClaimAsync(
        ClaimStatus status = ClaimStatus.Filed, decimal? percent = 20m, DateOnly? preliminaryOn = null, DateOnly? finalOn = null, bool contested = false)
    {
        var tipKey = X25519Identity.Generate();
        var whistleblower = X25519Identity.Generate();
        var tip = new Tip(
            Guid.NewGuid(), Channel, Start, tipKey.Recipient.ToString(), whistleblower.Recipient.ToString(),
            TipSealing.SealForTip(new TipAnswers { Description = "Pangolin scales" }.ToUtf8Json(), tipKey.Recipient.ToString()), new byte[64]);
        tip.AttachToCase(CaseId);
        await Host.WithDatabaseAsync(db =>
        {
            db.Tips.Add(tip);
            return db.SaveChangesAsync();
        });
        var recipients = await Host.WithDatabaseAsync(db => db.ClaimRecipientsAsync(Programme.Id, tip.Id, CancellationToken.None));
        var content = new ClaimContent(string.Empty, "via the lawyer", "IBAN of the lawyer's client account", LawyerName, "I sent the first tip.");
        var claim = new RewardClaim(Guid.NewGuid(), NoticeId, Programme.Id, CaseId, tip.Id, ClaimantKind.Represented, content.SealFor(recipients), new DateOnly(2026, 1, 5));
        var proposals = new List<AwardProposal>();
        if (status >= ClaimStatus.Preliminary)
        {
            proposals.Add(Approve(claim, DeterminationStage.Preliminary, percent, preliminaryOn ?? new DateOnly(2026, 1, 10)));
        }

        if (contested)
        {
            claim.Contest(Seal(new ContestContent("The informant's help was decisive."), recipients), claim.PreliminaryOn!.Value);
        }

        if (status >= ClaimStatus.Final)
        {
            proposals.Add(Approve(claim, DeterminationStage.Final, percent, finalOn ?? new DateOnly(2026, 3, 1)));
        }

        if (status == ClaimStatus.Appealed)
        {
            claim.RecordAppeal("Tribunal 2026/17", claim.FinalOn!.Value);
        }

        await Host.WithDatabaseAsync(db =>
        {
            db.RewardClaims.Add(claim);
            db.AwardProposals.AddRange(proposals);
            return db.SaveChangesAsync();
        });
        return new SeededClaim(claim.Id, tip.Id, tipKey);
    }

    public Task CollectAsync(decimal amount, string currency = "USD", SanctionEntryKind kind = SanctionEntryKind.Collected) =>
        Host.WithDatabaseAsync(db =>
        {
            db.SanctionEntries.Add(new SanctionEntry(
                Guid.NewGuid(), CaseId, Interlocked.Increment(ref sanctionSequence), kind, amount, currency, new DateOnly(2026, 2, 1), "Receipt", null, OfficerA.UserId, new DateOnly(2026, 2, 1)));
            return db.SaveChangesAsync();
        });

    public Task<RewardClaim> ClaimRowAsync(Guid claimId) =>
        Host.WithDatabaseAsync(db => db.RewardClaims.AsNoTracking().SingleAsync(c => c.Id == claimId));

    public Task<List<string>> AuditActionsAsync() =>
        Host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());

    /// <summary>The staff messages of the claim's tip, opened with its tip key.</summary>
    public async Task<List<string>> MessagesToWhistleblowerAsync(SeededClaim claim)
    {
        var messages = await Host.WithDatabaseAsync(db => db.Messages.AsNoTracking().Where(m => m.TipId == claim.TipId).OrderBy(m => m.Sequence).ToListAsync());
        return messages.Select(m => MessageBody.Open(m.BodyCiphertext, claim.TipKey).Body).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsHost)
        {
            await Host.DisposeAsync();
        }
    }

    private AwardProposal Approve(RewardClaim claim, DeterminationStage stage, decimal? percent, DateOnly day)
    {
        var reasons = Seal(new DeterminationReasons(AllReasons("Seeded")), [OfficerA.Identity.Recipient.ToString(), OfficerB.Identity.Recipient.ToString()]);
        var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, stage, percent, reasons, OfficerA.UserId, day);
        claim.Propose(stage, day);
        proposal.Approve(OfficerB.UserId, day);
        claim.ApplyApproved(proposal, Programme, day);
        return proposal;
    }

    private static byte[] Seal<T>(T document, IReadOnlyCollection<string> recipients) =>
        TipSealing.SealFor(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(document), recipients);

    private async Task SeedAsync()
    {
        var users = new List<StaffUser>();
        Staff Add(Guid organisation, string name, StaffRoles roles)
        {
            var identity = X25519Identity.Generate();
            var user = new StaffUser(Guid.NewGuid(), organisation, name, name + " display", roles, "not-a-real-password-hash", identity.Recipient.ToString(), [1], [2], Start);
            users.Add(user);
            Host.StaffKeys.SignIn(user.Id, identity);
            return new Staff(user.Id, organisation, roles, identity);
        }

        OfficerA = Add(Authority, "officer-a", StaffRoles.RewardOfficer);
        OfficerB = Add(Authority, "officer-b", StaffRoles.RewardOfficer);
        Auditor = Add(Authority, "auditor", StaffRoles.Auditor);
        Investigator = Add(Authority, "investigator", StaffRoles.IntakeInvestigator);
        OtherOfficer = Add(OtherAuthority, "other-officer", StaffRoles.RewardOfficer);

        Programme = new RewardProgramme(
            Guid.NewGuid(),
            Authority,
            new RewardProgrammeTerms(
                "Wildlife rewards", "16 U.S.C. 3375(d)", "US", 10m, 30m, 1_000m, 50_000m, "USD", 90, 30, 30, "Officials acting in their duties",
                Enum.GetValues<RewardFactor>(), AllowsAnonymousClaims: true),
            Start);
        var referral = new RewardReferral(Guid.NewGuid(), CaseId, Programme.Id, OfficerA.UserId, Start);
        await Host.WithDatabaseAsync(db =>
        {
            db.Organisations.AddRange(
                new Organisation(Authority, "CITES authority", OrganisationType.CitesManagementAuthority, ["US"], Start),
                new Organisation(OtherAuthority, "Other authority", OrganisationType.CitesManagementAuthority, ["GA"], Start),
                new Organisation(Ngo, "Wildlife NGO", OrganisationType.IntakeUnit, ["US"], Start));
            db.Channels.Add(new Channel(Channel, Ngo, "rewards", "Rewards", "Wildlife tips", "en", Start));
            db.StaffUsers.AddRange(users);
            db.Cases.Add(new Case(CaseId, Ngo, "TL-2025-00042", Start));
            db.RewardProgrammes.Add(Programme);
            db.RewardReferrals.Add(referral);
            db.RewardNotices.Add(new RewardNotice(NoticeId, referral.Id, CaseId, Programme.Id, OfficerA.UserId, new DateOnly(2026, 1, 2), 90));
            return db.SaveChangesAsync();
        });
    }
}

internal sealed record SeededClaim(Guid Id, Guid TipId, X25519Identity TipKey);
