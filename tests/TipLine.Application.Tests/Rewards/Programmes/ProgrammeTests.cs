using Mediator;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Rewards.Programmes.ListOpenRewardProgrammes;
using TipLine.Application.Rewards.Programmes.ListRewardProgrammes;
using TipLine.Application.Rewards.Programmes.SetRewardProgrammeActive;
using TipLine.Application.Rewards.Programmes.UpdateRewardProgramme;
using TipLine.Application.Rewards.Referrals.ReferCaseToProgramme;
using TipLine.Domain.Rewards;

namespace TipLine.Application.Tests.Rewards.Programmes;

/// <summary>Administrators set up their own organisation's programmes; case workers pick among every active one.</summary>
public sealed class ProgrammeTests
{
    public static TheoryData<string, RewardProgrammeTerms> BadTerms => new()
    {
        { "rewards.programme.band.invalid", RewardsWorld.Terms(minimumPercent: 35m, maximumPercent: 30m) },
        { "rewards.programme.band.invalid", RewardsWorld.Terms(maximumPercent: 101m) },
        { "rewards.programme.band.invalid", RewardsWorld.Terms(minimumPercent: 10.123m) },
        { "rewards.programme.currency.invalid", RewardsWorld.Terms(currency: "XYZ") },
        { "rewards.programme.window.invalid", RewardsWorld.Terms(claimWindowDays: 0) },
        { "rewards.programme.window.invalid", RewardsWorld.Terms(claimWindowDays: RewardProgramme.MaximumWindowDays + 1) },
        { "rewards.programme.minimum.invalid", RewardsWorld.Terms(currency: "JPY", minimumCollected: 10.5m) },
        { "rewards.programme.cap.invalid", RewardsWorld.Terms(cap: 0m) },
        { "rewards.programme.factors.required", RewardsWorld.Terms(factors: []) },
    };

    [Fact]
    public async Task An_administrator_creates_a_programme_its_organisation_runs_and_sees_listed_with_every_term()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var terms = RewardsWorld.Terms(cap: 500_000m, factors: [RewardFactor.Culpability, RewardFactor.Assistance]);

        var id = await world.CreateProgrammeAsync(terms with { Currency = "usd", Jurisdiction = "us" });

        var listed = Assert.Single(await world.As(world.Officer, m => m.Send(new ListRewardProgrammes())));
        Assert.Equal(id, listed.Id);
        Assert.True(listed.IsActive);
        Assert.Equal(RewardsWorld.Today, listed.CreatedOn);
        Assert.Equal("USD", listed.Terms.Currency);
        Assert.Equal("US", listed.Terms.Jurisdiction);
        Assert.Equal(500_000m, listed.Terms.Cap);
        Assert.Equal([RewardFactor.Assistance, RewardFactor.Culpability], listed.Terms.Factors);
        Assert.True(listed.Terms.AllowsAnonymousClaims);
        Assert.Equal(id, Assert.Single(await world.As(world.FundAuditor, m => m.Send(new ListRewardProgrammes()))).Id);
        Assert.Empty(await world.As(world.OtherOfficer, m => m.Send(new ListRewardProgrammes())));
        Assert.Contains("reward.programme.create", await world.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(BadTerms))]
    public async Task Terms_breaking_a_rule_are_refused_with_its_key_and_nothing_is_created(string key, RewardProgrammeTerms terms)
    {
        await using var world = await RewardsWorld.CreateAsync();

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => world.CreateProgrammeAsync(terms));

        Assert.Contains(key, refusal.Problems.Select(p => p.MessageKey));
        Assert.Equal(0, await world.Host.WithDatabaseAsync(db => db.RewardProgrammes.CountAsync()));
    }

    [Fact]
    public async Task Updating_keeps_a_deactivated_programme_inactive_and_each_change_is_audited()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var id = await world.CreateProgrammeAsync();

        await world.As(world.FundAdministrator, m => m.Send(new SetRewardProgrammeActive(id, Active: false)));
        await world.As(world.FundAdministrator, m => m.Send(new UpdateRewardProgramme(id, RewardsWorld.Terms(maximumPercent: 25m) with { Name = "Renamed" })));

        var listed = Assert.Single(await world.As(world.FundAdministrator, m => m.Send(new ListRewardProgrammes())));
        Assert.False(listed.IsActive);
        Assert.Equal("Renamed", listed.Terms.Name);
        Assert.Equal(25m, listed.Terms.MaximumPercent);
        Assert.Empty(await world.As(world.Cases.Investigator, m => m.Send(new ListOpenRewardProgrammes())));

        await world.As(world.FundAdministrator, m => m.Send(new SetRewardProgrammeActive(id, Active: true)));
        var open = Assert.Single(await world.As(world.Cases.Prosecutor, m => m.Send(new ListOpenRewardProgrammes())));
        Assert.Equal(new OpenRewardProgramme(id, "Renamed", "US", "National wildlife reward fund", "USD"), open);
        var actions = await world.AuditActionsAsync();
        Assert.Equal(["reward.programme.create", "reward.programme.deactivate", "reward.programme.update", "reward.programme.activate"], actions.Where(a => a.StartsWith("reward.programme.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Another_organisations_administrator_cannot_change_or_even_find_the_programme()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var id = await world.CreateProgrammeAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.OtherAdministrator, m => m.Send(new UpdateRewardProgramme(id, RewardsWorld.Terms()))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.OtherAdministrator, m => m.Send(new SetRewardProgrammeActive(id, false))));
        Assert.True(Assert.Single(await world.As(world.FundAdministrator, m => m.Send(new ListRewardProgrammes()))).IsActive);
    }

    [Fact]
    public async Task The_currency_is_fixed_once_a_case_was_referred()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var referred = await world.ReferredCaseAsync();

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.As(world.FundAdministrator, m => m.Send(new UpdateRewardProgramme(referred.ProgrammeId, RewardsWorld.Terms(currency: "EUR")))));

        Assert.Equal(UpdateRewardProgrammeHandler.CurrencyFixed, Assert.Single(refusal.Problems).MessageKey);
        await world.As(world.FundAdministrator, m => m.Send(new UpdateRewardProgramme(referred.ProgrammeId, RewardsWorld.Terms(minimumCollected: 5m))));
    }

    [Fact]
    public async Task Case_workers_see_every_active_programme_of_the_deployment_for_the_referral_picker()
    {
        await using var world = await RewardsWorld.CreateAsync();
        var ours = await world.CreateProgrammeAsync();
        var theirs = await world.CreateProgrammeAsync(RewardsWorld.Terms(currency: "GBP") with { Name = "UK rewards", Jurisdiction = "GB" }, world.OtherAdministrator);
        var closed = await world.CreateProgrammeAsync(RewardsWorld.Terms() with { Name = "Closed" });
        await world.As(world.FundAdministrator, m => m.Send(new SetRewardProgrammeActive(closed, false)));

        var open = await world.As(world.Cases.CustomsInvestigator, m => m.Send(new ListOpenRewardProgrammes()));

        Assert.Equal([ours, theirs], open.Select(p => p.Id));
        Assert.Equal("Other reward fund", open[1].OrganisationName);
        var created = await world.Cases.OpenTriagedCaseAsync();
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.As(world.Cases.Investigator, m => m.Send(new ReferCaseToProgramme(created.Id, closed))));
        Assert.Equal(ReferCaseToProgrammeHandler.ProgrammeInactive, Assert.Single(refusal.Problems).MessageKey);
    }
}
