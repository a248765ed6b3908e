using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Notices;
using TipLine.Application.Rewards.Notices.PostRewardNotice;
using TipLine.Application.Rewards.Programmes.SetRewardProgrammeActive;
using TipLine.Application.Rewards.Referrals.ListRewardReferrals;
using TipLine.Application.Rewards.Referrals.ReadRewardReferral;
using TipLine.Application.Rewards.Sanctions.RecordSanctionEntry;
using TipLine.Domain.Cases;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Tests.Rewards.Programmes;

/// <summary>The reward officers' side: the workspace of referrals, one referral in detail, and posting its notice.</summary>
public sealed class NoticeAndWorkspaceTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public async Task A_notice_is_refused_below_the_minimum_then_posted_once_collections_reach_it_and_never_twice()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync(RewardsWorld.Terms(minimumCollected: 1_000m, claimWindowDays: 90));
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Imposed, 5_000m, "USD", Day, "Order")));
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 999.99m, "USD", Day, "Receipt 1")));
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 5_000m, "EUR", Day, "Receipt EUR")));

        await AssertRefusedAsync(world, referred, RewardNoticeRules.BelowMinimum);
        var before = await world.As(world.Officer, m => m.Send(new ReadRewardReferral(referred.ReferralId)));
        Assert.False(before.MayPostNotice);
        Assert.Equal(RewardNoticeRules.BelowMinimum, before.NoticeRefusal);

        await world.As(world.Cases.Investigator, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.ForfeitureProceeds, 0.01m, "USD", Day, "Decree")));
        Assert.True((await world.As(world.Officer, m => m.Send(new ReadRewardReferral(referred.ReferralId)))).MayPostNotice);
        var noticeId = await world.As(world.SecondOfficer, m => m.Send(new PostRewardNotice(referred.ReferralId)));

        var notice = await world.Host.WithDatabaseAsync(db => db.RewardNotices.AsNoTracking().SingleAsync());
        Assert.Equal((noticeId, RewardsWorld.Today, RewardsWorld.Today.AddDays(90), referred.CaseId), (notice.Id, notice.PostedOn, notice.ClaimDeadline, notice.CaseId));
        Assert.Contains("reward.notice.post", await world.AuditActionsAsync());
        await AssertRefusedAsync(world, referred, RewardNoticeRules.AlreadyPosted);
    }

    [Fact]
    public async Task No_notice_on_an_inactive_programme_nor_by_another_funds_officer_or_an_auditor()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync(RewardsWorld.Terms(minimumCollected: 0m));

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.OtherOfficer, m => m.Send(new PostRewardNotice(referred.ReferralId))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.FundAuditor, m => m.Send(new PostRewardNotice(referred.ReferralId))));
        await world.As(world.FundAdministrator, m => m.Send(new SetRewardProgrammeActive(referred.ProgrammeId, false)));
        await AssertRefusedAsync(world, referred, RewardNoticeRules.ProgrammeInactive);
        Assert.Equal(0, await world.Host.WithDatabaseAsync(db => db.RewardNotices.CountAsync()));
    }

    [Fact]
    public async Task The_workspace_lists_own_referrals_with_collected_minimum_notice_and_claims_by_status()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync(RewardsWorld.Terms(minimumCollected: 1_000m));
        var quiet = await world.ReferredCaseAsync();
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 10_000m, "USD", Day, "Receipt 1")));
        await world.As(world.Officer, m => m.Send(new PostRewardNotice(referred.ReferralId)));
        await SeededAward.FinalClaimPaidAsync(world, referred, 20m, 1_000m);

        var rows = await world.As(world.FundAuditor, m => m.Send(new ListRewardReferrals()));

        Assert.Equal(2, rows.Count);
        var row = Assert.Single(rows, r => r.Id == referred.ReferralId);
        Assert.Equal((referred.CaseReference, "Lacey Act rewards", "USD", 10_000m, true), (row.CaseReference, row.ProgrammeName, row.Currency, row.Collected, row.MinimumReached));
        Assert.Equal((RewardsWorld.Today, RewardsWorld.Today.AddDays(90)), (row.NoticePostedOn, row.ClaimDeadline));
        Assert.Equal(1, row.ClaimsByStatus[ClaimStatus.Final]);
        var other = Assert.Single(rows, r => r.Id == quiet.ReferralId);
        Assert.Equal((0m, false, (DateOnly?)null), (other.Collected, other.MinimumReached, other.NoticePostedOn));
        Assert.Empty(other.ClaimsByStatus);
        Assert.Empty(await world.As(world.OtherOfficer, m => m.Send(new ListRewardReferrals())));
    }

    [Fact]
    public async Task A_referral_shows_triage_metadata_terms_ledger_notice_and_claims_and_only_to_its_funds_people()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();
        await world.As(world.Officer, m => m.Send(new RecordSanctionEntry(referred.CaseId, SanctionEntryKind.Collected, 10_000m, "USD", Day, "Receipt 1")));
        await world.As(world.Officer, m => m.Send(new PostRewardNotice(referred.ReferralId)));
        var award = await SeededAward.FinalClaimPaidAsync(world, referred, 20m, 1_000m);

        var details = await world.As(world.FundAuditor, m => m.Send(new ReadRewardReferral(referred.ReferralId)));

        Assert.Equal((referred.CaseReference, "Testudo graeca", (CitesAppendix?)CitesAppendix.II, CaseStatus.Triaged), (details.Case.Reference, details.Case.Taxon, details.Case.Appendix, details.Case.Status));
        Assert.Equal(["FR", "GA"], details.Case.Countries);
        Assert.Equal("16 U.S.C. 3375(d)", details.Programme.Terms.LegalBasis);
        Assert.Equal("Receipt 1", Assert.Single(details.Ledger.Entries).Reference);
        Assert.Equal(10_000m, details.Collected);
        Assert.NotNull(details.Notice);
        var claim = Assert.Single(details.Claims);
        Assert.Equal((award.ClaimId, ClaimStatus.Final, (decimal?)20m), (claim.Id, claim.Status, claim.AwardPercent));
        Assert.False(details.MayRecordSanctions);
        Assert.False(details.MayPostNotice);
        Assert.True((await world.As(world.Officer, m => m.Send(new ReadRewardReferral(referred.ReferralId)))).MayRecordSanctions);
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.OtherOfficer, m => m.Send(new ReadRewardReferral(referred.ReferralId))));
    }

    private static async Task AssertRefusedAsync(RewardsWorld world, Referred referred, string key)
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Officer, m => m.Send(new PostRewardNotice(referred.ReferralId))));
        Assert.Equal(key, Assert.Single(refusal.Problems).MessageKey);
    }
}
