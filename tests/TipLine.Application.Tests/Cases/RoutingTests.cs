using Microsoft.EntityFrameworkCore;
using TipLine.Application.Access;
using TipLine.Application.Cases;
using TipLine.Application.Cases.AddTipToCase;
using TipLine.Application.Cases.ReadCase;
using TipLine.Application.Errors;
using TipLine.Application.Routing;
using TipLine.Application.Routing.RouteCase;
using TipLine.Application.Routing.SuggestRouting;
using TipLine.Application.Routing.WithdrawRouting;
using TipLine.Application.Intake.Plaintext;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Age;
using TipLine.Domain.Cases;
using TipLine.Domain.Organisations;
using TipLine.Domain.Routing;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tests.Cases;

public sealed class RoutingTests : IAsyncLifetime
{
    private CaseWorld world = null!;

    [Fact]
    public async Task Routing_wraps_every_tip_key_for_exactly_the_target_organisations_enabled_case_workers()
    {
        var created = await world.OpenTriagedCaseAsync(tips: 2);
        var before = await WrapsOfCaseAsync(created.Id);

        await world.As(world.Investigator, m => m.Send(new RouteCase(created.Id, world.Police)));

        var after = await WrapsOfCaseAsync(created.Id);
        var added = after.Where(w => before.All(b => b.Id != w.Id)).ToList();
        Assert.Equal(
            world.Tips.Keys.SelectMany(tip => new[] { (tip, world.PoliceOfficer.UserId), (tip, world.PoliceIntake.UserId) }).Order(),
            added.Select(w => (w.TipId, w.StaffUserId!.Value)).Order());
        Assert.All(added, w => Assert.Equal((KeyWrapHolder.StaffUser, world.Police), (w.Holder, w.GrantedToOrganisationId!.Value)));
        Assert.Equal(CaseStatus.Routed, (await world.CaseAsync(created.Id)).Status);
        Assert.Equal("case.route", (await world.AuditActionsAsync())[^1]);
        foreach (var tip in world.Tips.Values)
        {
            Assert.Equal(CaseWorld.AnswerText, await ReadAnswerAsync(world.PoliceOfficer, tip.Id));
        }
    }

    [Fact]
    public async Task Withdrawing_a_routing_deletes_exactly_the_wraps_granted_through_it_and_the_prosecutor_can_no_longer_open_the_tip()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police, world.Prosecution);
        var tip = world.Tips.Keys.Single();
        Assert.Equal(CaseWorld.AnswerText, await ReadAnswerAsync(world.Prosecutor, tip));
        var before = await world.WrapsOfAsync(tip);

        await world.As(world.Investigator, m => m.Send(new WithdrawRouting(created.Id, world.Prosecution)));

        var after = await world.WrapsOfAsync(tip);
        Assert.Equal(
            before.Where(w => w.GrantedToOrganisationId != world.Prosecution).Select(w => w.Id).Order(),
            after.Select(w => w.Id).Order());
        Assert.Contains(before, w => w.StaffUserId == world.Prosecutor.UserId);
        await Assert.ThrowsAsync<NotFoundException>(() => ReadAnswerAsync(world.Prosecutor, tip));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Prosecutor, m => m.Send(new ReadCase(created.Id))));
        Assert.Equal(CaseWorld.AnswerText, await ReadAnswerAsync(world.PoliceOfficer, tip));
        Assert.Equal(CaseStatus.Routed, (await world.CaseAsync(created.Id)).Status);
        Assert.Equal("case.routing.withdraw", (await world.AuditActionsAsync())[^1]);
    }

    [Fact]
    public async Task A_case_whose_last_routing_is_withdrawn_returns_to_triage()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police);

        await world.As(world.Investigator, m => m.Send(new WithdrawRouting(created.Id, world.Police)));

        Assert.Equal(CaseStatus.Triaged, (await world.CaseAsync(created.Id)).Status);
        Assert.DoesNotContain(await world.WrapsOfAsync(world.Tips.Keys.Single()), w => w.GrantedToOrganisationId == world.Police);
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            world.As(world.Investigator, m => m.Send(new WithdrawRouting(created.Id, world.Police))));
        Assert.Equal(WithdrawRoutingHandler.NotRouted, Assert.Single(refused.Problems).MessageKey);
    }

    [Fact]
    public async Task A_platform_is_refused_and_never_gets_a_wrap()
    {
        var created = await world.OpenTriagedCaseAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(new RouteCase(created.Id, world.Platform))));

        Assert.Equal(RouteCaseHandler.OrganisationIsPlatform, Assert.Single(refused.Problems).MessageKey);
        Assert.DoesNotContain(await world.WrapsOfAsync(world.Tips.Keys.Single()), w => w.StaffUserId == world.PlatformOfficer.UserId || w.GrantedToOrganisationId == world.Platform);
        Assert.Equal(0, await world.Host.WithDatabaseAsync(db => db.CaseRoutings.CountAsync()));
        Assert.Equal(CaseStatus.Triaged, (await world.CaseAsync(created.Id)).Status);
    }

    [Fact]
    public async Task Routing_is_refused_before_triage_twice_to_the_same_organisation_to_the_owner_and_to_an_unknown_one()
    {
        var untriaged = await world.OpenCaseAsync();
        var triaged = await world.OpenRoutedCaseAsync(world.Police);

        Assert.Equal(CaseWorkflow.CaseNotTriaged, await RefusalAsync(new RouteCase(untriaged.Id, world.Police)));
        Assert.Equal(RouteCaseHandler.AlreadyRouted, await RefusalAsync(new RouteCase(triaged.Id, world.Police)));
        Assert.Equal(RouteCaseHandler.OrganisationIsOwner, await RefusalAsync(new RouteCase(triaged.Id, world.Ngo)));
        Assert.Equal(RouteCaseHandler.OrganisationUnknown, await RefusalAsync(new RouteCase(triaged.Id, Guid.NewGuid())));
    }

    [Fact]
    public async Task Only_the_owners_intake_investigators_route_and_other_organisations_learn_nothing()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceIntake, m => m.Send(new RouteCase(created.Id, world.Prosecution))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceIntake, m => m.Send(new WithdrawRouting(created.Id, world.Police))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceOfficer, m => m.Send(new RouteCase(created.Id, world.Prosecution))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new RouteCase(created.Id, world.Customs))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new WithdrawRouting(created.Id, world.Police))));
        Assert.Equal(1, await world.Host.WithDatabaseAsync(db => db.CaseRoutings.CountAsync()));
    }

    [Fact]
    public async Task Routing_needs_the_routers_own_key_for_every_tip()
    {
        var created = await world.OpenTriagedCaseAsync();
        world.Host.StaffKeys.SignOut(world.Investigator.UserId);

        await Assert.ThrowsAsync<StaffKeyUnavailableException>(() => world.As(world.Investigator, m => m.Send(new RouteCase(created.Id, world.Police))));

        Assert.Equal(0, await world.Host.WithDatabaseAsync(db => db.CaseRoutings.CountAsync()));
    }

    [Fact]
    public async Task A_tip_merged_into_a_routed_case_is_wrapped_for_the_routed_organisations_too()
    {
        var created = await world.OpenRoutedCaseAsync(world.Prosecution);
        var duplicate = await world.SubmitTipAsync(world.NgoChannel, answerText: "Same seller, new listing");
        await Assert.ThrowsAsync<NotFoundException>(() => ReadAnswerAsync(world.Prosecutor, duplicate));

        await world.As(world.Investigator, m => m.Send(new AddTipToCase(created.Id, duplicate)));

        Assert.Equal("Same seller, new listing", await ReadAnswerAsync(world.Prosecutor, duplicate));
        var granted = Assert.Single(await world.WrapsOfAsync(duplicate), w => w.StaffUserId == world.Prosecutor.UserId);
        Assert.Equal(world.Prosecution, granted.GrantedToOrganisationId);
    }

    [Fact]
    public async Task Suggestions_name_the_organisations_whose_rules_match_with_every_reason_and_leave_out_those_already_routed()
    {
        await world.AddRuleAsync(world.Police, taxonGroup: "Testudinidae");
        await world.AddRuleAsync(world.Police, minimumUrgency: Urgency.High);
        await world.AddRuleAsync(world.Prosecution, country: "GA", appendix: CitesAppendix.II);
        await world.AddRuleAsync(world.Customs, country: "CM");
        await world.AddRuleAsync(world.Platform, platform: "marketbook");
        var created = await world.OpenTriagedCaseAsync();

        var suggestions = await world.As(world.Investigator, m => m.Send(new SuggestRouting(created.Id)));

        Assert.Equal(["Brigade nationale faune", "Marketbook", "Parquet de Libreville"], suggestions.Select(s => s.OrganisationName));
        Assert.Equal(
            [new RoutingReason(RoutingCriterion.TaxonGroup, "Testudinidae"), new RoutingReason(RoutingCriterion.Urgency, "High")],
            suggestions[0].Reasons);
        Assert.True(suggestions[1].IsPlatform);
        Assert.Equal(
            [new RoutingReason(RoutingCriterion.Country, "GA"), new RoutingReason(RoutingCriterion.Appendix, "II")],
            suggestions[2].Reasons);

        await world.As(world.Investigator, m => m.Send(new RouteCase(created.Id, world.Police)));
        var remaining = await world.As(world.Investigator, m => m.Send(new SuggestRouting(created.Id)));
        Assert.Equal([world.Platform, world.Prosecution], remaining.Select(s => s.OrganisationId));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceIntake, m => m.Send(new SuggestRouting(created.Id))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new SuggestRouting(created.Id))));
    }

    [Fact]
    public async Task Another_owners_rules_suggest_nothing_for_this_case()
    {
        await world.Host.WithDatabaseAsync(db =>
        {
            db.RoutingRules.Add(new RoutingRule(Guid.NewGuid(), world.Customs, world.Police, null, null, null, null, null, new DateOnly(2026, 1, 1)));
            return db.SaveChangesAsync();
        });
        var created = await world.OpenTriagedCaseAsync();

        Assert.Empty(await world.As(world.Investigator, m => m.Send(new SuggestRouting(created.Id))));
    }

    private async Task<string> RefusalAsync(RouteCase command)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(command)));
        return Assert.Single(refused.Problems).MessageKey;
    }

    private Task<List<TipKeyWrap>> WrapsOfCaseAsync(Guid caseId) =>
        world.Host.WithDatabaseAsync(db => db.TipKeyWraps.AsNoTracking()
            .Where(w => db.Tips.Any(t => t.Id == w.TipId && t.CaseId == caseId)).ToListAsync());

    /// <summary>Opens the tip key as <paramref name="staff"/> through TipKeys, as the tip page does, and decrypts the answers.</summary>
    private Task<string> ReadAnswerAsync(Staff staff, Guid tipId) =>
        world.Host.WithDatabaseAsync(async db =>
        {
            var tipKeys = new TipKeys(db, staff.Actor, new SignedInKey(world.Host.StaffKeys, staff));
            using var tipKey = await tipKeys.OpenAsync(tipId, CancellationToken.None);
            var ciphertext = await db.Tips.Where(t => t.Id == tipId).Select(t => t.AnswersCiphertext).SingleAsync();
            return TipAnswers.FromUtf8Json(TipSealing.OpenWithTipKey(ciphertext, tipKey)).Description;
        });

    public async Task InitializeAsync() => world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private sealed class SignedInKey(TestStaffKeys keys, Staff staff) : Abstractions.IStaffSessionKey
    {
        public X25519Identity Open() => keys.Open(staff.UserId);
    }
}
