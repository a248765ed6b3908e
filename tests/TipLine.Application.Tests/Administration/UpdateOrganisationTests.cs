using TipLine.Application.Errors;
using TipLine.Application.Organisations;
using TipLine.Application.Organisations.ListOrganisations;
using TipLine.Application.Organisations.UpdateOrganisation;
using TipLine.Application.Tests.Hosting;
using TipLine.Crypto.Age;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Administration;

public sealed class UpdateOrganisationTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();
    private readonly Deployment deployment;
    private Guid ownOrganisation;
    private Guid otherOrganisation;
    private Member administrator = null!;

    public UpdateOrganisationTests()
    {
        deployment = new Deployment(host);
    }

    [Fact]
    public async Task AnAdministratorEditsAnyOrganisationsNameTypeAndJurisdictionsAndTheChangeIsAudited()
    {
        await host.SendAsync(administrator.Actor, m => m.Send(
            new UpdateOrganisation(otherOrganisation, "  Gabon Customs  ", OrganisationType.Customs, ["cm", "GA"], null)));

        var edited = await OrganisationAsync(otherOrganisation);
        Assert.Equal("Gabon Customs", edited.Name);
        Assert.Equal(OrganisationType.Customs, edited.Type);
        Assert.Equal(["CM", "GA"], edited.Jurisdictions);
        var entry = Assert.Single(await deployment.AuditEntriesAsync());
        Assert.Equal(("organisation.update", nameof(Organisation), otherOrganisation.ToString("D"), administrator.Id), (entry.Action, entry.ObjectType, entry.ObjectId, entry.ActorUserId));
    }

    [Fact]
    public async Task KeepingItsOwnNameIsNotTakingAName()
    {
        await host.SendAsync(administrator.Actor, m => m.Send(
            new UpdateOrganisation(ownOrganisation, "Wildlife Intake", OrganisationType.IntakeUnit, ["FR"], null)));

        Assert.Equal(["FR"], (await OrganisationAsync(ownOrganisation)).Jurisdictions);
    }

    [Fact]
    public async Task AnAdministratorSetsTheirOwnOrganisationsEscrowKey()
    {
        var escrow = NewRecipient();

        await host.SendAsync(administrator.Actor, m => m.Send(
            new UpdateOrganisation(ownOrganisation, "Wildlife Intake", OrganisationType.IntakeUnit, ["GA"], " " + escrow + " ")));

        Assert.Equal(escrow, (await OrganisationAsync(ownOrganisation)).EscrowRecipient);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnAdministratorOfAnotherOrganisationCannotSetOrClearItsEscrowKey(bool otherHasEscrow)
    {
        var existing = otherHasEscrow ? NewRecipient() : null;
        await host.SendAsync(OtherAdministrator(), m => m.Send(
            new UpdateOrganisation(otherOrganisation, "Gabon Wildlife Police", OrganisationType.WildlifePolice, ["GA"], existing)));
        var entriesBefore = (await deployment.AuditEntriesAsync()).Count;

        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(administrator.Actor, m => m.Send(
            new UpdateOrganisation(otherOrganisation, "Renamed Police", OrganisationType.WildlifePolice, ["GA"], otherHasEscrow ? null : NewRecipient()))));

        var unchanged = await OrganisationAsync(otherOrganisation);
        Assert.Equal(("Gabon Wildlife Police", existing), (unchanged.Name, unchanged.EscrowRecipient));
        Assert.Equal(entriesBefore, (await deployment.AuditEntriesAsync()).Count);
    }

    [Fact]
    public async Task EditingAnotherOrganisationRepeatsItsEscrowKeyUnchanged()
    {
        var escrow = NewRecipient();
        await host.SendAsync(OtherAdministrator(), m => m.Send(
            new UpdateOrganisation(otherOrganisation, "Gabon Wildlife Police", OrganisationType.WildlifePolice, ["GA"], escrow)));

        await host.SendAsync(administrator.Actor, m => m.Send(
            new UpdateOrganisation(otherOrganisation, "Gabon Police", OrganisationType.WildlifePolice, ["GA"], escrow)));

        var edited = await OrganisationAsync(otherOrganisation);
        Assert.Equal(("Gabon Police", escrow), (edited.Name, edited.EscrowRecipient));
    }

    [Theory]
    [InlineData("Gabon Wildlife Police", "GA", null, "Name", OrganisationRules.NameTaken)]
    [InlineData("Wildlife Intake", "ZZ", null, "Jurisdictions", OrganisationRules.JurisdictionInvalid)]
    [InlineData("Wildlife Intake", "XK", null, "Jurisdictions", OrganisationRules.JurisdictionInvalid)]
    [InlineData("Wildlife Intake", "GA", "age1notarecipient", "EscrowRecipient", OrganisationRules.EscrowInvalid)]
    [InlineData("Wildlife Intake", "GA", "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ", "EscrowRecipient", OrganisationRules.EscrowInvalid)]
    [InlineData("Wildlife\tIntake", "GA", null, "Name", OrganisationRules.NameInvalidCharacters)]
    public async Task BadDetailsAreRefusedWithTheirKeysAndNothingChanges(string name, string jurisdiction, string? escrow, string field, string key)
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() => host.SendAsync(administrator.Actor, m => m.Send(
            new UpdateOrganisation(ownOrganisation, name, OrganisationType.IntakeUnit, [jurisdiction], escrow))));

        Assert.Equal((field, key), (Assert.Single(refusal.Problems).Field, refusal.Problems[0].MessageKey));
        var unchanged = await OrganisationAsync(ownOrganisation);
        Assert.Equal(("Wildlife Intake", (string?)null), (unchanged.Name, unchanged.EscrowRecipient));
        Assert.Empty(await deployment.AuditEntriesAsync());
    }

    [Fact]
    public async Task AnOrganisationThatDoesNotExistIsNotFound()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => host.SendAsync(administrator.Actor, m => m.Send(
            new UpdateOrganisation(Guid.NewGuid(), "Nowhere", OrganisationType.Customs, ["GA"], null))));
    }

    [Theory]
    [InlineData(StaffRoles.IntakeInvestigator)]
    [InlineData(StaffRoles.Auditor | StaffRoles.Prosecutor)]
    public async Task OnlyAdministratorsMayEditOrganisations(StaffRoles roles)
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(new TestActor(administrator.Id, ownOrganisation, roles), m => m.Send(
            new UpdateOrganisation(ownOrganisation, "Taken over", OrganisationType.IntakeUnit, ["GA"], null))));

        Assert.Equal("Wildlife Intake", (await OrganisationAsync(ownOrganisation)).Name);
    }

    public async Task InitializeAsync()
    {
        ownOrganisation = await deployment.AddOrganisationAsync("Wildlife Intake");
        otherOrganisation = await deployment.AddOrganisationAsync("Gabon Wildlife Police", OrganisationType.WildlifePolice);
        administrator = await deployment.AddMemberAsync(ownOrganisation, StaffRoles.Administrator);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private static string NewRecipient()
    {
        using var identity = X25519Identity.Generate();
        return identity.Recipient.ToString();
    }

    private TestActor OtherAdministrator() => new(Guid.NewGuid(), otherOrganisation, StaffRoles.Administrator);

    private async Task<OrganisationSummary> OrganisationAsync(Guid id) =>
        (await host.SendAsync(administrator.Actor, m => m.Send(new ListOrganisations()))).Single(o => o.Id == id);
}
