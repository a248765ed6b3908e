using Microsoft.EntityFrameworkCore;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Tests.Rewards.Programmes;

/// <summary>
/// A notice, a final claim and a payment seeded straight through the domain (the claim and payment use cases are
/// another area's): enough for the ledger rules that look at what was paid.
/// </summary>
internal sealed class SeededAward(RewardsWorld world, Guid claimId, Guid paymentId)
{
    public Guid ClaimId { get; } = claimId;

    public static async Task<SeededAward> FinalClaimPaidAsync(RewardsWorld world, Referred referred, decimal awardPercent, decimal paid)
    {
        var day = RewardsWorld.Today;
        var tipId = await world.Host.WithDatabaseAsync(db => db.Tips.Where(t => t.CaseId == referred.CaseId).Select(t => t.Id).FirstAsync());
        var paymentId = Guid.NewGuid();
        var claimId = await world.Host.WithDatabaseAsync(async db =>
        {
            var programme = await db.RewardProgrammes.SingleAsync(p => p.Id == referred.ProgrammeId);
            var notice = await db.RewardNotices.SingleOrDefaultAsync(n => n.ReferralId == referred.ReferralId)
                ?? db.RewardNotices.Add(new RewardNotice(Guid.NewGuid(), referred.ReferralId, referred.CaseId, programme.Id, world.Officer.UserId, day, programme.ClaimWindowDays)).Entity;
            var claim = new RewardClaim(Guid.NewGuid(), notice.Id, programme.Id, referred.CaseId, tipId, ClaimantKind.Identified, [1, 2, 3], day);
            Approve(claim, programme, DeterminationStage.Preliminary, awardPercent, day);
            Approve(claim, programme, DeterminationStage.Final, awardPercent, day.AddDays(programme.ContestWindowDays + 1));
            db.RewardClaims.Add(claim);
            db.RewardPayments.Add(new RewardPayment(paymentId, claim.Id, 1, PaymentKind.Payment, paid, programme.Currency, day, "TR-1", null, world.Officer.UserId, day));
            await db.SaveChangesAsync();
            return claim.Id;
        });
        return new SeededAward(world, claimId, paymentId);
    }

    public Task ReverseAsync() =>
        world.Host.WithDatabaseAsync(async db =>
        {
            var currency = await db.RewardPayments.Where(p => p.Id == paymentId).Select(p => new { p.Currency, p.Amount }).SingleAsync();
            db.RewardPayments.Add(new RewardPayment(
                Guid.NewGuid(), ClaimId, 2, PaymentKind.Reversal, currency.Amount, currency.Currency, RewardsWorld.Today, "TR-1 back", paymentId, world.Officer.UserId, RewardsWorld.Today));
            return await db.SaveChangesAsync();
        });

    private static void Approve(RewardClaim claim, RewardProgramme programme, DeterminationStage stage, decimal percent, DateOnly day)
    {
        claim.Propose(stage, day);
        var proposal = new AwardProposal(Guid.NewGuid(), claim.Id, stage, percent, [1], Guid.NewGuid(), day);
        proposal.Approve(Guid.NewGuid(), day);
        claim.ApplyApproved(proposal, programme, day);
    }
}
