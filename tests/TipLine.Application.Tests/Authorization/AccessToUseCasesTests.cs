using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Organisations.CreateOrganisation;
using TipLine.Application.Organisations.ListOrganisations;
using TipLine.Application.Tests.Hosting;
using TipLine.Application.Tests.UseCasesForTests;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Authorization;

public sealed class AccessToUseCasesTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();

    [Theory]
    [InlineData(StaffRoles.IntakeInvestigator)]
    [InlineData(StaffRoles.Auditor)]
    [InlineData(StaffRoles.Prosecutor | StaffRoles.RewardOfficer | StaffRoles.EnforcementOfficer)]
    public async Task StaffWithoutTheAdministratorRoleCannotCreateAnOrganisationAndNothingIsWritten(StaffRoles roles)
    {
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.SendAsync(TestActor.Staff(roles), m => m.Send(new CreateOrganisation("Lusaka Agreement Task Force", OrganisationType.WildlifePolice, ["KE"]))));

        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task AnActorWhoMayNotUseAUseCaseLearnsNothingFromItsValidation()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.SendAsync(TestActor.Staff(StaffRoles.IntakeInvestigator), m => m.Send(new CreateOrganisation("", (OrganisationType)99, []))));
    }

    [Fact]
    public async Task AnAnonymousWhistleblowerCannotUseABackOfficeUseCase()
    {
        var refusal = await Assert.ThrowsAsync<UnauthenticatedException>(() =>
            host.SendAsync(TestActor.Whistleblower, m => m.Send(new ListOrganisations())));

        Assert.Equal(nameof(ListOrganisations), refusal.UseCase);
    }

    [Fact]
    public async Task AUseCaseWithoutAnAccessAttributeIsRefusedEvenToAnActorHoldingEveryRole()
    {
        var everyRole = Enum.GetValues<StaffRoles>().Aggregate(StaffRoles.None, (all, role) => all | role);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.SendAsync(TestActor.Staff(everyRole), m => m.Send(new UnmarkedCommand("Should never exist"))));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.SendAsync(TestActor.Whistleblower, m => m.Send(new UnmarkedCommand("Should never exist"))));

        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task AUseCaseOpenToWhistleblowersAnswersAnAnonymousActor()
    {
        var answer = await host.SendAsync(TestActor.Whistleblower, m => m.Send(new WhistleblowerProbe()));

        Assert.Equal("answered", answer);
    }

    [Theory]
    [InlineData(StaffRoles.Administrator)]
    [InlineData(StaffRoles.Auditor)]
    [InlineData(StaffRoles.Auditor | StaffRoles.IntakeInvestigator)]
    public async Task AdministratorsAndAuditorsMayListOrganisations(StaffRoles roles)
    {
        var organisations = await host.SendAsync(TestActor.Staff(roles), m => m.Send(new ListOrganisations()));

        Assert.Empty(organisations);
    }

    [Fact]
    public async Task AnIntakeInvestigatorMayNotListOrganisations()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            host.SendAsync(TestActor.Staff(StaffRoles.IntakeInvestigator), m => m.Send(new ListOrganisations())));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
