using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Rewards;
using TipLine.Application.Tests.Cases;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Age;
using TipLine.Domain.Organisations;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;
using StaffMember = TipLine.Application.Tests.Cases.Staff;

namespace TipLine.Application.Tests.Rewards.Claims;

/// <summary>
/// The journeys' deployment (<see cref="CaseWorld"/>) plus a ministry's rewards office with two reward officers whose
/// keys the test holds, running a programme; a case of the NGO referred to it with a notice posted. Rows other
/// helpers' use cases make (programme, referral, notice, determinations, payments) are written with the domain
/// constructors.
/// </summary>
internal sealed class ClaimWorld : IAsyncDisposable
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(ApplicationHost.Now.UtcDateTime);

    private ClaimWorld(CaseWorld cases) => Cases = cases;

    public CaseWorld Cases { get; }

    public ApplicationHost Host => Cases.Host;

    public Guid RewardsOffice { get; } = Guid.NewGuid();

    public StaffMember OfficerA { get; private set; } = null!;

    public StaffMember OfficerB { get; private set; } = null!;

    public Guid ProgrammeId { get; } = Guid.NewGuid();

    public Guid CaseId { get; private set; }

    /// <summary>The tip of <see cref="CaseId"/>, whose receipt claims.</summary>
    public Guid TipId { get; private set; }

    /// <summary>A second tip of the same case: a different whistleblower.</summary>
    public Guid OtherTipId { get; private set; }

    public Guid NoticeId { get; private set; }

    /// <summary>A world on a fresh SQLite host of its own; the notice is posted <paramref name="noticeAgeDays"/> days before today (its window is 90 days).</summary>
    public static async Task<ClaimWorld> CreateAsync(bool allowsAnonymous = false, int noticeAgeDays = 5) =>
        await SeedAsync(await CaseWorld.CreateAsync(), allowsAnonymous, noticeAgeDays);

    /// <summary>A world on a host someone else owns (a PostgreSQL test base's).</summary>
    public static async Task<ClaimWorld> SeedAsync(ApplicationHost host) => await SeedAsync(await CaseWorld.SeedAsync(host), false, 5);

    public static RewardProgrammeTerms Terms(bool allowsAnonymous) => new(
        "Wildlife crime rewards", "Loi n° 2024-17, art. 41", "FR", 10m, 30m, 1_000m, 100_000m, "EUR", 90, 30, 60,
        "Officials acting in their duties", [RewardFactor.Significance, RewardFactor.Assistance], allowsAnonymous);

    public Task<T> AsWhistleblower<T>(Func<IMediator, ValueTask<T>> send) => Host.SendAsync(TestActor.Whistleblower, send);

    public Task<IReadOnlyList<string>> RecipientsAsync(Guid? tipId = null) =>
        Host.WithDatabaseAsync(db => db.ClaimRecipientsAsync(ProgrammeId, tipId ?? TipId, CancellationToken.None));

    public async Task<byte[]> SealedClaimAsync(ClaimContent content, Guid? tipId = null) => content.SealFor(await RecipientsAsync(tipId));

    /// <summary>Refers <paramref name="caseId"/> to the programme and posts its notice (one per case and programme).</summary>
    public async Task<Guid> PostNoticeAsync(Guid caseId, DateOnly postedOn)
    {
        var referral = new RewardReferral(Guid.NewGuid(), caseId, ProgrammeId, Cases.Investigator.UserId, postedOn);
        var notice = new RewardNotice(Guid.NewGuid(), referral.Id, caseId, ProgrammeId, OfficerA.UserId, postedOn, 90);
        await Host.WithDatabaseAsync(db =>
        {
            db.RewardReferrals.Add(referral);
            db.RewardNotices.Add(notice);
            return db.SaveChangesAsync();
        });
        return notice.Id;
    }

    /// <summary>A claim as FileRewardClaim stores it, with an approved preliminary determination of <paramref name="percent"/> on <paramref name="approvedOn"/>.</summary>
    public async Task<Guid> SeedPreliminaryClaimAsync(Guid tipId, decimal? percent, DateOnly approvedOn, bool final = false)
    {
        var programme = await Host.WithDatabaseAsync(db => db.RewardProgrammes.AsNoTracking().SingleAsync(p => p.Id == ProgrammeId));
        var claim = new RewardClaim(Guid.NewGuid(), NoticeId, ProgrammeId, CaseId, tipId, ClaimantKind.Represented, [1, 2, 3], approvedOn.AddDays(-10));
        var proposals = new List<AwardProposal> { Approved(claim, DeterminationStage.Preliminary, percent, programme, approvedOn) };
        if (final)
        {
            var finalDay = claim.ContestDeadline!.Value.AddDays(1);
            proposals.Add(Approved(claim, DeterminationStage.Final, percent, programme, finalDay));
        }

        await Host.WithDatabaseAsync(db =>
        {
            db.RewardClaims.Add(claim);
            db.AwardProposals.AddRange(proposals);
            return db.SaveChangesAsync();
        });
        return claim.Id;
    }

    public Task<RewardClaim> ClaimAsync(Guid claimId) =>
        Host.WithDatabaseAsync(db => db.RewardClaims.AsNoTracking().SingleAsync(c => c.Id == claimId));

    public Task<int> ClaimCountAsync() => Host.WithDatabaseAsync(db => db.RewardClaims.CountAsync());

    public async ValueTask DisposeAsync() => await Cases.DisposeAsync();

    private AwardProposal Approved(RewardClaim claim, DeterminationStage stage, decimal? percent, RewardProgramme programme, DateOnly day)
    {
        claim.Propose(stage, day);
        var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, stage, percent, [9], OfficerA.UserId, day);
        proposal.Approve(OfficerB.UserId, day);
        claim.ApplyApproved(proposal, programme, day);
        return proposal;
    }

    private static async Task<ClaimWorld> SeedAsync(CaseWorld cases, bool allowsAnonymous, int noticeAgeDays)
    {
        var world = new ClaimWorld(cases);
        await world.SeedRewardsAsync(allowsAnonymous, noticeAgeDays);
        return world;
    }

    private async Task SeedRewardsAsync(bool allowsAnonymous, int noticeAgeDays)
    {
        var day = new DateOnly(2026, 1, 1);
        var created = await Cases.OpenCaseAsync(tips: 2);
        CaseId = created.Id;
        var tips = await Host.WithDatabaseAsync(db => db.Tips.AsNoTracking().Where(t => t.CaseId == created.Id).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
        (TipId, OtherTipId) = (tips[0], tips[1]);

        var users = new List<StaffUser>();
        StaffMember Add(string name)
        {
            var identity = X25519Identity.Generate();
            var user = new StaffUser(Guid.NewGuid(), RewardsOffice, name, name, StaffRoles.RewardOfficer, "not-a-real-password-hash", identity.Recipient.ToString(), [1], [2], day);
            users.Add(user);
            Host.StaffKeys.SignIn(user.Id, identity);
            return new StaffMember(user.Id, RewardsOffice, StaffRoles.RewardOfficer, identity);
        }

        OfficerA = Add("officer-a");
        OfficerB = Add("officer-b");
        await Host.WithDatabaseAsync(db =>
        {
            db.Organisations.Add(new Organisation(RewardsOffice, "Ministère — bureau des récompenses", OrganisationType.CitesManagementAuthority, ["FR"], day));
            db.StaffUsers.AddRange(users);
            db.RewardProgrammes.Add(new RewardProgramme(ProgrammeId, RewardsOffice, Terms(allowsAnonymous), day));
            return db.SaveChangesAsync();
        });
        NoticeId = await PostNoticeAsync(CaseId, Today.AddDays(-noticeAgeDays));
    }
}
