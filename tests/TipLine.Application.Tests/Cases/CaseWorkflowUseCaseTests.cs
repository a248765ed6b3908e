using Microsoft.EntityFrameworkCore;
using TipLine.Application.Cases;
using TipLine.Application.Cases.AssignCase;
using TipLine.Application.Cases.CloseCase;
using TipLine.Application.Cases.ReadCase;
using TipLine.Application.Cases.StartInvestigation;
using TipLine.Application.Cases.StartProsecution;
using TipLine.Application.Cases.TriageCase;
using TipLine.Application.Errors;
using TipLine.Domain.Cases;
using TipLine.Domain.Tips;

namespace TipLine.Application.Tests.Cases;

public sealed class CaseWorkflowUseCaseTests : IAsyncLifetime
{
    private CaseWorld world = null!;

    [Fact]
    public async Task Triage_records_the_metadata_as_the_catalogues_spell_it_and_moves_a_new_case_on()
    {
        var created = await world.OpenCaseAsync();

        await world.As(world.Investigator, m => m.Send(new TriageCase(created.Id, "  testudo   GRAECA ", CitesAppendix.II, " Marketbook ", ["ga", "FR", "GA"], "air-cargo", Urgency.Immediate)));

        var @case = await world.CaseAsync(created.Id);
        Assert.Equal(
            ("Testudo graeca", CitesAppendix.II, "Marketbook", "FR,GA", "air-cargo", Urgency.Immediate, CaseStatus.Triaged),
            (@case.Taxon, @case.CitesAppendix, @case.Platform, @case.Countries, @case.ShipmentMethod, @case.Urgency, @case.Status));
        Assert.Equal("case.triage", (await world.AuditActionsAsync())[^1]);

        await world.As(world.Investigator, m => m.Send(new TriageCase(created.Id, "", null, null, [], null, Urgency.Normal)));
        @case = await world.CaseAsync(created.Id);
        Assert.Equal((null, null, null, "", null, CaseStatus.Triaged), (@case.Taxon, @case.CitesAppendix, @case.Platform, @case.Countries, @case.ShipmentMethod, @case.Status));
    }

    [Fact]
    public async Task Bad_triage_input_is_refused_with_one_key_per_field_and_changes_nothing()
    {
        var created = await world.OpenCaseAsync();

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(
            new TriageCase(created.Id, "Dragonus imaginarius", (CitesAppendix)7, new string('x', 201), ["FR", "XX"], "camel", (Urgency)9))));

        Assert.Equal(
            [
                TriageCaseValidator.TaxonUnknown, TriageCaseValidator.AppendixUnknown, TriageCaseValidator.PlatformTooLong,
                TriageCaseValidator.CountryUnknown, TriageCaseValidator.ShipmentMethodUnknown, TriageCaseValidator.UrgencyUnknown,
            ],
            refused.Problems.Select(p => p.MessageKey));
        Assert.Equal(CaseStatus.New, (await world.CaseAsync(created.Id)).Status);
    }

    [Fact]
    public async Task Only_the_owners_intake_investigators_triage_and_assign()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police);
        var triage = new TriageCase(created.Id, null, null, null, [], null, Urgency.Normal);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceIntake, m => m.Send(triage)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceIntake, m => m.Send(new AssignCase(created.Id, world.PoliceIntake.UserId))));
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(triage)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.Prosecutor, m => m.Send(triage)));
    }

    [Fact]
    public async Task A_case_is_assigned_to_an_intake_investigator_of_its_organisation_or_to_nobody()
    {
        var created = await world.OpenCaseAsync();

        await world.As(world.Investigator, m => m.Send(new AssignCase(created.Id, world.SecondInvestigator.UserId)));
        Assert.Equal(world.SecondInvestigator.UserId, (await world.CaseAsync(created.Id)).AssignedToUserId);
        var details = await world.As(world.Investigator, m => m.Send(new ReadCase(created.Id)));
        Assert.Equal("bruno", details.AssignedTo?.DisplayName);
        Assert.Equal(["amelie", "bruno"], details.OwnerChoices!.Assignees.Select(a => a.DisplayName));

        foreach (var invalid in new[] { world.NgoAdministrator.UserId, world.PoliceIntake.UserId, Guid.NewGuid() })
        {
            var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(world.Investigator, m => m.Send(new AssignCase(created.Id, invalid))));
            Assert.Equal(AssignCaseHandler.AssigneeInvalid, Assert.Single(refused.Problems).MessageKey);
        }

        await world.As(world.Investigator, m => m.Send(new AssignCase(created.Id, null)));
        Assert.Null((await world.CaseAsync(created.Id)).AssignedToUserId);
        Assert.Equal(["case.create", "case.assign", "case.assign"], await world.AuditActionsAsync());
    }

    [Fact]
    public async Task A_routed_case_goes_to_investigation_then_prosecution_and_closes_with_its_tips()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police, world.Prosecution);

        await world.As(world.PoliceOfficer, m => m.Send(new StartInvestigation(created.Id)));
        Assert.Equal(CaseStatus.UnderInvestigation, (await world.CaseAsync(created.Id)).Status);
        Assert.Equal([CaseAction.AddNote, CaseAction.StartProsecution, CaseAction.Close], (await world.As(world.Prosecutor, m => m.Send(new ReadCase(created.Id)))).AvailableActions);
        await world.As(world.Prosecutor, m => m.Send(new StartProsecution(created.Id)));
        Assert.Equal(CaseStatus.Prosecution, (await world.CaseAsync(created.Id)).Status);
        await world.As(world.Prosecutor, m => m.Send(new CloseCase(created.Id, CaseOutcome.Convicted)));

        var @case = await world.CaseAsync(created.Id);
        Assert.Equal((CaseStatus.Closed, CaseOutcome.Convicted, new DateOnly(2026, 3, 14)), (@case.Status, @case.Outcome, @case.ClosedOn));
        var tips = await world.Host.WithDatabaseAsync(db => db.Tips.AsNoTracking().Where(t => t.CaseId == created.Id).ToListAsync());
        Assert.All(tips, t => Assert.Equal(TipStatus.Closed, t.Status));
        Assert.Equal(["case.start-investigation", "case.start-prosecution", "case.close"], (await world.AuditActionsAsync())[^3..]);
        Assert.Empty((await world.As(world.Prosecutor, m => m.Send(new ReadCase(created.Id)))).AvailableActions);
    }

    [Fact]
    public async Task An_illegal_transition_is_a_refusal_with_a_clear_key_and_changes_nothing()
    {
        var triaged = await world.OpenTriagedCaseAsync();
        var routed = await world.OpenRoutedCaseAsync(world.Prosecution);

        Assert.Equal(CaseWorkflow.TransitionNotAllowed, await RefusalAsync(world.Investigator, new StartInvestigation(triaged.Id)));
        Assert.Equal(CaseWorkflow.TransitionNotAllowed, await RefusalAsync(world.Prosecutor, new StartProsecution(routed.Id)));
        await world.As(world.Investigator, m => m.Send(new CloseCase(triaged.Id, CaseOutcome.Unfounded)));
        Assert.Equal(CaseWorkflow.CaseClosed, await RefusalAsync(world.Investigator, new CloseCase(triaged.Id, CaseOutcome.Duplicate)));
        Assert.Equal(CaseWorkflow.CaseClosed, await RefusalAsync(world.Investigator, new TriageCase(triaged.Id, null, null, null, [], null, Urgency.Normal)));
        Assert.Equal(CloseCaseValidator.OutcomeUnknown, await RefusalAsync(world.Investigator, new CloseCase(routed.Id, (CaseOutcome)42)));

        Assert.Equal(CaseStatus.Routed, (await world.CaseAsync(routed.Id)).Status);
        Assert.Equal(CaseOutcome.Unfounded, (await world.CaseAsync(triaged.Id)).Outcome);
    }

    [Fact]
    public async Task Each_transition_has_its_own_people()
    {
        var created = await world.OpenRoutedCaseAsync(world.Police, world.Prosecution);

        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.CustomsInvestigator, m => m.Send(new StartInvestigation(created.Id))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.NgoAdministrator, m => m.Send(new StartInvestigation(created.Id))));
        await world.As(world.Investigator, m => m.Send(new StartInvestigation(created.Id)));

        // Prosecution is for a prosecutor of a routed organisation, never the police nor the owner.
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceOfficer, m => m.Send(new StartProsecution(created.Id))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.Investigator, m => m.Send(new StartProsecution(created.Id))));
        var ownerProsecutor = world.Investigator.Actor with { Roles = Domain.Staff.StaffRoles.Prosecutor };
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.SendAsync(ownerProsecutor, m => m.Send(new StartProsecution(created.Id))));

        // Closing is for the owner's intake investigators or a routed prosecutor, not a routed police officer or intake.
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceOfficer, m => m.Send(new CloseCase(created.Id, CaseOutcome.NoAction))));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.As(world.PoliceIntake, m => m.Send(new CloseCase(created.Id, CaseOutcome.NoAction))));
        Assert.Equal(CaseStatus.UnderInvestigation, (await world.CaseAsync(created.Id)).Status);
        await world.As(world.Investigator, m => m.Send(new CloseCase(created.Id, CaseOutcome.ListingRemoved)));
        Assert.Equal(CaseStatus.Closed, (await world.CaseAsync(created.Id)).Status);
    }

    private async Task<string> RefusalAsync<T>(Staff staff, T command)
        where T : Mediator.ICommand
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => world.As(staff, m => m.Send(command)));
        return Assert.Single(refused.Problems).MessageKey;
    }

    public async Task InitializeAsync() => world = await CaseWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();
}
