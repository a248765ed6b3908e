using Microsoft.EntityFrameworkCore;
using TipLine.Application.Errors;
using TipLine.Application.Organisations.CreateOrganisation;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Validation;

public sealed class BadInputIsRefusedTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();
    private readonly TestActor administrator = TestActor.Staff(StaffRoles.Administrator);

    [Fact]
    public async Task EveryProblemIsReportedAsAMessageKeyAndNothingIsWritten()
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(administrator, m => m.Send(new CreateOrganisation("  ", (OrganisationType)99, ["FR", "F1"]))));

        Assert.Equal(
            [
                ("Name", CreateOrganisationValidator.NameRequired),
                ("Type", CreateOrganisationValidator.TypeUnknown),
                ("Jurisdictions", CreateOrganisationValidator.JurisdictionInvalid),
            ],
            refusal.Problems.Select(p => (p.Field, p.MessageKey)));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task AnOrganisationNeedsAtLeastOneJurisdiction()
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(administrator, m => m.Send(new CreateOrganisation("Customs Gabon", OrganisationType.Customs, []))));

        Assert.Equal(CreateOrganisationValidator.JurisdictionsRequired, Assert.Single(refusal.Problems).MessageKey);
    }

    [Theory]
    [InlineData("Name\u0000With a NUL", CreateOrganisationValidator.NameInvalidCharacters)]
    [InlineData("Line\nbreak", CreateOrganisationValidator.NameInvalidCharacters)]
    public async Task ANameWithControlCharactersIsRefused(string name, string expectedKey)
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(administrator, m => m.Send(new CreateOrganisation(name, OrganisationType.Customs, ["GA"]))));

        Assert.Equal(expectedKey, Assert.Single(refusal.Problems).MessageKey);
    }

    [Fact]
    public async Task AnOverlongNameIsRefused()
    {
        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(administrator, m => m.Send(new CreateOrganisation(new string('x', 201), OrganisationType.Customs, ["GA"]))));

        Assert.Equal(CreateOrganisationValidator.NameTooLong, Assert.Single(refusal.Problems).MessageKey);
    }

    [Fact]
    public async Task ASecondOrganisationWithTheSameNameIsRefusedAndTheFirstIsKept()
    {
        await host.SendAsync(administrator, m => m.Send(new CreateOrganisation("Customs Gabon", OrganisationType.Customs, ["GA"])));

        var refusal = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(administrator, m => m.Send(new CreateOrganisation(" Customs Gabon ", OrganisationType.Customs, ["CM"]))));

        Assert.Equal(CreateOrganisationValidator.NameTaken, Assert.Single(refusal.Problems).MessageKey);
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.Organisations.CountAsync()));
        Assert.Equal(1, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
