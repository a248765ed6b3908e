using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.Oversight;
using TipLine.Domain.Rewards;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Rewards.Deadlines;

/// <summary>
/// Puts reward programmes, referrals, notices, claims, determinations, sanctions and payments straight into a host's
/// database through the domain's own constructors and state machine, as the reward use cases leave them.
/// Ciphertext is random bytes: nothing here is ever opened.
/// </summary>
public sealed class RewardSeed(OversightWorld world)
{
    private static readonly DateOnly Today = OversightWorld.Today;

    private Guid? clerk;

    public OversightWorld World => world;

    /// <summary>An intake organisation with a channel, and a case of <paramref name="tips"/> new tips; returns the case and its tips.</summary>
    public async Task<(Guid CaseId, Guid[] TipIds)> CaseAsync(int tips = 1)
    {
        var organisation = await world.OrganisationAsync("Intake " + Guid.NewGuid().ToString("N")[..6]);
        var channel = await world.ChannelAsync(organisation, "c" + Guid.NewGuid().ToString("N")[..8]);
        var tipIds = new Guid[tips];
        for (var i = 0; i < tips; i++)
        {
            tipIds[i] = await world.TipAsync(channel, Today.AddDays(-400), Today.AddDays(-400), Today.AddDays(-390));
        }

        return (await world.CaseAsync(organisation, channel, Today.AddDays(-390), null, tipIds), tipIds);
    }

    public Task<Guid> ProgrammeAsync(Guid organisationId, string currency = "EUR", decimal minimumCollected = 1000m, decimal? cap = null, int claimWindowDays = 90, int contestWindowDays = 30) =>
        AddAsync(db =>
        {
            var programme = new RewardProgramme(
                Guid.NewGuid(),
                organisationId,
                new RewardProgrammeTerms(
                    "Wildlife rewards " + Guid.NewGuid().ToString("N")[..4], "16 U.S.C. 3375(d)", "US", 10m, 30m, minimumCollected, cap, currency,
                    claimWindowDays, contestWindowDays, 60, null, [RewardFactor.Significance, RewardFactor.Assistance], AllowsAnonymousClaims: true),
                Today.AddDays(-500));
            db.RewardProgrammes.Add(programme);
            return programme.Id;
        });

    public async Task<Guid> ReferralAsync(Guid caseId, Guid programmeId, DateOnly referredOn)
    {
        var by = await ClerkAsync();
        return await AddAsync(db =>
        {
            var referral = new RewardReferral(Guid.NewGuid(), caseId, programmeId, by, referredOn);
            db.RewardReferrals.Add(referral);
            return referral.Id;
        });
    }

    /// <summary>A referral and its notice; returns the notice.</summary>
    public async Task<Guid> NoticeAsync(Guid caseId, Guid programmeId, DateOnly postedOn, int claimWindowDays = 90)
    {
        var referralId = await ReferralAsync(caseId, programmeId, postedOn.AddDays(-5));
        var by = await ClerkAsync();
        return await AddAsync(db =>
        {
            var notice = new RewardNotice(Guid.NewGuid(), referralId, caseId, programmeId, by, postedOn, claimWindowDays);
            db.RewardNotices.Add(notice);
            return notice.Id;
        });
    }

    public Task<Guid> ClaimAsync(Guid noticeId, Guid tipId, DateOnly filedOn) => world.Host.WithDatabaseAsync(async db =>
    {
        var notice = await db.RewardNotices.SingleAsync(n => n.Id == noticeId);
        var claim = new RewardClaim(Guid.NewGuid(), noticeId, notice.ProgrammeId, notice.CaseId, tipId, ClaimantKind.Represented, RandomNumberGenerator.GetBytes(300), filedOn);
        db.RewardClaims.Add(claim);
        await db.SaveChangesAsync();
        return claim.Id;
    });

    /// <summary>A pending proposal by <paramref name="proposer"/>; returns the proposal.</summary>
    public Task<Guid> ProposeAsync(Guid claimId, DeterminationStage stage, decimal? percent, TestActor proposer, DateOnly day) => world.Host.WithDatabaseAsync(async db =>
    {
        var claim = await db.RewardClaims.SingleAsync(c => c.Id == claimId);
        claim.Propose(stage, day);
        var proposal = new AwardProposal(Guid.NewGuid(), claimId, stage, percent, RandomNumberGenerator.GetBytes(200), proposer.UserId!.Value, day);
        db.AwardProposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal.Id;
    });

    public Task<Guid> ApproveAsync(Guid proposalId, TestActor approver, DateOnly day) => world.Host.WithDatabaseAsync(async db =>
    {
        var proposal = await db.AwardProposals.SingleAsync(p => p.Id == proposalId);
        var claim = await db.RewardClaims.SingleAsync(c => c.Id == proposal.ClaimId);
        var programme = await db.RewardProgrammes.SingleAsync(p => p.Id == claim.ProgrammeId);
        proposal.Approve(approver.UserId!.Value, day);
        claim.ApplyApproved(proposal, programme, day);
        await db.SaveChangesAsync();
        return proposalId;
    });

    /// <summary>A preliminary determination approved on <paramref name="day"/> (proposed by A, approved by B).</summary>
    public async Task PreliminaryAsync(Guid claimId, decimal? percent, TestActor a, TestActor b, DateOnly day) =>
        await ApproveAsync(await ProposeAsync(claimId, DeterminationStage.Preliminary, percent, a, day), b, day);

    /// <summary>A preliminary determination on <paramref name="preliminaryOn"/>, then a final one (same %) on <paramref name="finalOn"/>.</summary>
    public async Task FinalAsync(Guid claimId, decimal? percent, TestActor a, TestActor b, DateOnly preliminaryOn, DateOnly finalOn)
    {
        await PreliminaryAsync(claimId, percent, a, b, preliminaryOn);
        await ApproveAsync(await ProposeAsync(claimId, DeterminationStage.Final, percent, a, finalOn), b, finalOn);
    }

    public Task<Guid> ContestAsync(Guid claimId, DateOnly day) => world.Host.WithDatabaseAsync(async db =>
    {
        var claim = await db.RewardClaims.SingleAsync(c => c.Id == claimId);
        claim.Contest(RandomNumberGenerator.GetBytes(100), day);
        await db.SaveChangesAsync();
        return claimId;
    });

    public Task<Guid> AcceptAsync(Guid claimId, DateOnly day) => world.Host.WithDatabaseAsync(async db =>
    {
        var claim = await db.RewardClaims.SingleAsync(c => c.Id == claimId);
        claim.WaiveContest(day);
        await db.SaveChangesAsync();
        return claimId;
    });

    public async Task<Guid> SanctionAsync(Guid caseId, SanctionEntryKind kind, decimal amount, string currency, DateOnly recordedOn, Guid? corrects = null)
    {
        var by = await ClerkAsync();
        return await world.Host.WithDatabaseAsync(async db =>
        {
            var ledger = new SanctionLedger(await db.SanctionEntries.Where(s => s.CaseId == caseId).ToListAsync());
            var entry = new SanctionEntry(Guid.NewGuid(), caseId, ledger.NextSequence, kind, amount, currency, recordedOn, "ORDER-" + ledger.NextSequence, corrects, by, recordedOn);
            db.SanctionEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });
    }

    public async Task<Guid> PaymentAsync(Guid claimId, decimal amount, string currency, DateOnly day, Guid? reverses = null)
    {
        var by = await ClerkAsync();
        return await world.Host.WithDatabaseAsync(async db =>
        {
            var sequence = (await db.RewardPayments.Where(p => p.ClaimId == claimId).Select(p => (int?)p.Sequence).MaxAsync() ?? 0) + 1;
            var payment = new RewardPayment(
                Guid.NewGuid(), claimId, sequence, reverses is null ? PaymentKind.Payment : PaymentKind.Reversal, amount, currency, day, "TRF-" + sequence, reverses, by, day);
            db.RewardPayments.Add(payment);
            await db.SaveChangesAsync();
            return payment.Id;
        });
    }

    public Task<TestActor> OfficerAsync(Guid organisationId, bool disabled = false) =>
        world.StaffAsync(organisationId, StaffRoles.RewardOfficer, disabled: disabled);

    // Whoever records referrals, notices, sanctions and payments: rows name a real staff user.
    private async Task<Guid> ClerkAsync()
    {
        if (clerk is null)
        {
            var organisation = await world.OrganisationAsync("Clerks " + Guid.NewGuid().ToString("N")[..6]);
            clerk = (await world.StaffAsync(organisation, StaffRoles.IntakeInvestigator)).UserId;
        }

        return clerk!.Value;
    }

    private Task<Guid> AddAsync(Func<Infrastructure.Persistence.TipLineDbContext, Guid> add) =>
        world.Host.WithDatabaseAsync(async db =>
        {
            var id = add(db);
            await db.SaveChangesAsync();
            return id;
        });
}
