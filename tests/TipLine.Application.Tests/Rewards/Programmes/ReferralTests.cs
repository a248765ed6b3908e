using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Referrals.ListCaseReferrals;
using TipLine.Application.Rewards.Referrals.ReferCaseToProgramme;
using TipLine.Domain.Cases;
using TipLine.Domain.Notifications;

namespace TipLine.Application.Tests.Rewards.Programmes;

/// <summary>Case workers who see a case refer it to a programme, once per programme, even after it closed.</summary>
public sealed class ReferralTests
{
    [Fact]
    public async Task A_referral_is_listed_on_the_case_audited_and_announced_to_the_programmes_reward_officers()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();

        var listed = Assert.Single(await world.As(world.Cases.Investigator, m => m.Send(new ListCaseReferrals(referred.CaseId))));
        Assert.Equal(new CaseReferral(referred.ReferralId, referred.ProgrammeId, "Lacey Act rewards", "National wildlife reward fund", "USD", RewardsWorld.Today, null), listed);
        Assert.Contains("reward.referral.create", await world.AuditActionsAsync());
        var told = await world.Host.WithDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.RewardReferred && n.ObjectId == referred.ReferralId).Select(n => n.StaffUserId).ToListAsync());
        Assert.Equal(new[] { world.Officer.UserId, world.SecondOfficer.UserId }.Order(), told.Order());
    }

    [Fact]
    public async Task Online_platforms_never_run_programmes_nor_receive_referrals_even_after_changing_type()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var programmeId = await world.CreateProgrammeAsync();
        var created = await world.Cases.OpenTriagedCaseAsync();
        await world.Host.WithDatabaseAsync(async db =>
        {
            var fund = await db.Organisations.SingleAsync(o => o.Id == world.Fund);
            fund.ChangeType(Domain.Organisations.OrganisationType.OnlinePlatform);
            return await db.SaveChangesAsync();
        });

        var creating = await Assert.ThrowsAsync<RequestValidationException>(() => world.CreateProgrammeAsync());
        var referring = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.As(world.Cases.Investigator, m => m.Send(new ReferCaseToProgramme(created.Id, programmeId))));
        var open = await world.As(world.Cases.Investigator, m => m.Send(new Application.Rewards.Programmes.ListOpenRewardProgrammes.ListOpenRewardProgrammes()));

        Assert.Equal(Application.Rewards.Programmes.RewardProgrammeRules.PlatformCannotRun, Assert.Single(creating.Problems).MessageKey);
        Assert.Equal(Application.Rewards.Programmes.RewardProgrammeRules.PlatformCannotRun, Assert.Single(referring.Problems).MessageKey);
        Assert.DoesNotContain(open, p => p.Id == programmeId);
        Assert.Equal((1, 0), await world.Host.WithDatabaseAsync(async db => (await db.RewardProgrammes.CountAsync(), await db.RewardReferrals.CountAsync())));
    }

    [Fact]
    public async Task A_case_referred_twice_to_one_programme_is_refused_with_a_clear_message()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.As(world.Cases.Investigator, m => m.Send(new ReferCaseToProgramme(referred.CaseId, referred.ProgrammeId))));

        Assert.Equal(ReferCaseToProgrammeHandler.AlreadyReferred, Assert.Single(refusal.Problems).MessageKey);
        Assert.Equal(1, await world.Host.WithDatabaseAsync(db => db.RewardReferrals.CountAsync()));
    }

    [Fact]
    public async Task A_closed_case_may_be_referred_by_an_organisation_it_was_routed_to()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var programme = await world.CreateProgrammeAsync();
        var created = await world.Cases.OpenRoutedCaseAsync(world.Cases.Police);
        await world.Host.WithDatabaseAsync(async db =>
        {
            (await db.Cases.SingleAsync(c => c.Id == created.Id)).Close(CaseOutcome.Sanctioned, RewardsWorld.Today);
            return await db.SaveChangesAsync();
        });

        var referral = await world.As(world.Cases.PoliceOfficer, m => m.Send(new ReferCaseToProgramme(created.Id, programme)));

        Assert.Equal(referral, Assert.Single(await world.As(world.Cases.Investigator, m => m.Send(new ListCaseReferrals(created.Id)))).Id);
    }

    [Fact]
    public async Task An_investigator_of_another_organisation_cannot_refer_or_list_and_an_unknown_programme_is_not_found()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var programme = await world.CreateProgrammeAsync();
        var created = await world.Cases.OpenTriagedCaseAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Cases.CustomsInvestigator, m => m.Send(new ReferCaseToProgramme(created.Id, programme))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Cases.CustomsInvestigator, m => m.Send(new ListCaseReferrals(created.Id))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Cases.Investigator, m => m.Send(new ReferCaseToProgramme(created.Id, Guid.NewGuid()))));
        Assert.Equal(0, await world.Host.WithDatabaseAsync(db => db.RewardReferrals.CountAsync()));
    }
}
