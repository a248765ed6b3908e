using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Rewards;
using TipLine.Application.Rewards.Claims;
using TipLine.Application.Rewards.Claims.ContestDetermination;
using TipLine.Application.Rewards.Claims.ReadRewardStatus;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Tests.Rewards.Claims;

public sealed class RewardStatusAndContestTests : IAsyncLifetime
{
    private static readonly ContestContent Contest = new("The seizure of 40 tortoises followed my second message; please weigh my assistance.");

    private ClaimWorld world = null!;

    [Fact]
    public async Task The_status_shows_the_notice_and_its_terms_and_only_this_tips_claim()
    {
        await world.SeedPreliminaryClaimAsync(world.OtherTipId, 25m, ClaimWorld.Today);

        var status = await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(world.TipId)));

        var notice = Assert.Single(status.Notices);
        Assert.Equal((world.NoticeId, ClaimWorld.Today.AddDays(-5), ClaimWorld.Today.AddDays(85), true), (notice.NoticeId, notice.PostedOn, notice.ClaimDeadline, notice.AcceptsClaims));
        Assert.Equal(
            new RewardTermsView("Wildlife crime rewards", "Loi n° 2024-17, art. 41", "FR", 10m, 30m, 100_000m, "EUR", "Officials acting in their duties", false, 30),
            notice.Terms);
        Assert.Null(notice.Claim);
        Assert.NotNull(Assert.Single((await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(world.OtherTipId)))).Notices).Claim);
    }

    [Fact]
    public async Task A_tip_outside_any_case_or_destroyed_sees_no_notice_and_a_closed_window_is_shown_closed()
    {
        var loose = await world.Cases.SubmitTipAsync(world.Cases.NgoChannel);
        Assert.Empty((await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(loose)))).Notices);

        await using var closed = await ClaimWorld.CreateAsync(noticeAgeDays: 91);
        Assert.False(Assert.Single((await closed.AsWhistleblower(m => m.Send(new ReadRewardStatus(closed.TipId)))).Notices).AcceptsClaims);

        await world.Host.WithDatabaseAsync(async db =>
        {
            (await db.Tips.SingleAsync(t => t.Id == world.TipId)).MarkDestroyed();
            return await db.SaveChangesAsync();
        });
        Assert.Empty((await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(world.TipId)))).Notices);
    }

    [Fact]
    public async Task A_filed_claim_is_under_review_with_no_percent_until_a_determination_is_approved()
    {
        await world.AsWhistleblower(async m => await m.Send(new Application.Rewards.Claims.FileRewardClaim.FileRewardClaim(
            world.TipId, world.NoticeId, ClaimantKind.Identified, await world.SealedClaimAsync(new ClaimContent("Amina", "", "IBAN", "", "")))));

        var claim = Assert.Single((await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(world.TipId)))).Notices).Claim!;

        Assert.Equal((ClaimWorld.Today, ClaimantKind.Identified, ClaimDetermination.UnderReview, (decimal?)null, false), (claim.FiledOn, claim.Kind, claim.Determination, claim.AwardPercent, claim.MayContest));
        Assert.Empty(claim.Payments);
    }

    [Fact]
    public async Task A_preliminary_determination_shows_its_percent_and_contest_deadline_and_can_be_contested_once_within_the_window()
    {
        var approvedOn = ClaimWorld.Today.AddDays(-30);
        var claimId = await world.SeedPreliminaryClaimAsync(world.TipId, 20m, approvedOn);
        var before = Assert.Single((await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(world.TipId)))).Notices).Claim!;
        Assert.Equal((ClaimDetermination.Preliminary, (decimal?)20m, (DateOnly?)ClaimWorld.Today, true), (before.Determination, before.AwardPercent, before.ContestDeadline, before.MayContest));

        await world.AsWhistleblower(async m => await m.Send(new ContestDetermination(world.TipId, claimId, Contest.SealFor(await world.RecipientsAsync()))));

        var contested = await world.ClaimAsync(claimId);
        Assert.Equal(ClaimWorld.Today, contested.ContestedOn);
        Assert.Equal(Contest, ContestContent.Open(contested.ContestCiphertext, world.OfficerA.Identity));
        var after = Assert.Single((await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(world.TipId)))).Notices).Claim!;
        Assert.Equal(((DateOnly?)ClaimWorld.Today, false), (after.ContestedOn, after.MayContest));
        await AssertContestRefusedAsync(claimId, ContestDeterminationHandler.ContestClosed);
    }

    [Fact]
    public async Task A_contest_after_the_window_or_before_any_determination_is_refused()
    {
        var late = await world.SeedPreliminaryClaimAsync(world.TipId, 20m, ClaimWorld.Today.AddDays(-31));
        await AssertContestRefusedAsync(late, ContestDeterminationHandler.ContestClosed);
        Assert.False(Assert.Single((await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(world.TipId)))).Notices).Claim!.MayContest);

        await using var filed = await ClaimWorld.CreateAsync();
        var claimId = await filed.AsWhistleblower(async m => await m.Send(new Application.Rewards.Claims.FileRewardClaim.FileRewardClaim(
            filed.TipId, filed.NoticeId, ClaimantKind.Identified, await filed.SealedClaimAsync(new ClaimContent("Amina", "", "IBAN", "", "")))));
        var refused = await Assert.ThrowsAsync<RequestValidationException>(async () => await filed.AsWhistleblower(async m =>
            await m.Send(new ContestDetermination(filed.TipId, claimId, Contest.SealFor(await filed.RecipientsAsync())))));
        Assert.Equal(ContestDeterminationHandler.ContestClosed, Assert.Single(refused.Problems).MessageKey);
    }

    [Fact]
    public async Task A_contest_must_be_sealed_to_the_claim_recipients_and_only_on_the_tips_own_claim()
    {
        var claimId = await world.SeedPreliminaryClaimAsync(world.TipId, 20m, ClaimWorld.Today);
        var recipients = await world.RecipientsAsync();

        await AssertContestRefusedAsync(claimId, SealedClaimFile.WrongRecipients, Contest.SealFor(recipients.Take(1).ToList()));
        await AssertContestRefusedAsync(claimId, SealedClaimFile.Malformed, [1, 2, 3]);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            world.AsWhistleblower(m => m.Send(new ContestDetermination(world.OtherTipId, claimId, Contest.SealFor(recipients)))));
        Assert.Null((await world.ClaimAsync(claimId)).ContestedOn);
    }

    [Fact]
    public async Task A_final_award_shows_payments_and_reversals_and_the_total_received()
    {
        var claimId = await world.SeedPreliminaryClaimAsync(world.TipId, 20m, ClaimWorld.Today.AddDays(-80), final: true);
        await world.Host.WithDatabaseAsync(db =>
        {
            var first = new RewardPayment(Guid.NewGuid(), claimId, 1, PaymentKind.Payment, 1_500.25m, "EUR", ClaimWorld.Today.AddDays(-20), "VIR-1", null, world.OfficerA.UserId, ClaimWorld.Today.AddDays(-20));
            db.RewardPayments.AddRange(
                first,
                new RewardPayment(Guid.NewGuid(), claimId, 2, PaymentKind.Reversal, 1_500.25m, "EUR", ClaimWorld.Today.AddDays(-10), "RET-1", first.Id, world.OfficerA.UserId, ClaimWorld.Today.AddDays(-10)),
                new RewardPayment(Guid.NewGuid(), claimId, 3, PaymentKind.Payment, 1_500.25m, "EUR", ClaimWorld.Today.AddDays(-5), "VIR-2", null, world.OfficerB.UserId, ClaimWorld.Today.AddDays(-5)),
                new RewardPayment(Guid.NewGuid(), claimId, 4, PaymentKind.Payment, 700m, "EUR", ClaimWorld.Today, "VIR-3", null, world.OfficerB.UserId, ClaimWorld.Today));
            return db.SaveChangesAsync();
        });

        var claim = Assert.Single((await world.AsWhistleblower(m => m.Send(new ReadRewardStatus(world.TipId)))).Notices).Claim!;

        Assert.Equal((ClaimDetermination.Final, (decimal?)20m, (DateOnly?)ClaimWorld.Today.AddDays(-49), false), (claim.Determination, claim.AwardPercent, claim.FinalOn, claim.MayContest));
        Assert.Equal(ClaimWorld.Today.AddDays(11), claim.AppealDeadline);
        Assert.Equal([false, true, false, false], claim.Payments.Select(p => p.IsReversal));
        Assert.Equal(2_200.25m, claim.TotalReceived);
    }

    public async Task InitializeAsync() => world = await ClaimWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private async Task AssertContestRefusedAsync(Guid claimId, string key, byte[]? ciphertext = null)
    {
        var sealedContest = ciphertext ?? Contest.SealFor(await world.RecipientsAsync());
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.AsWhistleblower(m => m.Send(new ContestDetermination(world.TipId, claimId, sealedContest))));
        Assert.Equal(key, Assert.Single(refused.Problems).MessageKey);
    }
}
