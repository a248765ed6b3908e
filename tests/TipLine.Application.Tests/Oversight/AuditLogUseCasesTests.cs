using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Audit;
using TipLine.Application.Audit.ReadAuditLog;
using TipLine.Application.Audit.VerifyAuditLog;
using TipLine.Application.Errors;
using TipLine.Application.Organisations.CreateOrganisation;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Oversight;

public sealed class AuditLogUseCasesTests : IAsyncLifetime
{
    private static readonly DateOnly Today = OversightWorld.Today;

    private readonly ApplicationHost host = new();
    private readonly OversightWorld world;
    private TestActor administrator = TestActor.Whistleblower;
    private TestActor auditor = TestActor.Whistleblower;
    private TestActor investigator = TestActor.Whistleblower;
    private Guid destroyedCase;

    public AuditLogUseCasesTests() => world = new OversightWorld(host);

    public async Task InitializeAsync()
    {
        var home = await world.OrganisationAsync("Oversight board");
        administrator = await world.StaffAsync(home, StaffRoles.Administrator, displayName: "Ada Admin");
        auditor = await world.StaffAsync(home, StaffRoles.Auditor, displayName: "Otto Auditor");
        investigator = await world.StaffAsync(home, StaffRoles.IntakeInvestigator);
        foreach (var name in new[] { "Customs Gabon", "Kenya Wildlife Service", "Tanzania Police" })
        {
            await host.SendAsync(administrator, m => m.Send(new CreateOrganisation(name, OrganisationType.WildlifePolice, ["GA"])));
        }

        destroyedCase = Guid.NewGuid();
        await host.WithDatabaseAsync(async (db, services) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await services.GetRequiredService<AuditLog>().AppendAsync(null, new AuditedAction("case.destroy", "Case", destroyedCase.ToString("D")));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return 0;
        });
    }

    [Fact]
    public async Task AnAuditorReadsWhoDidWhatToWhichObjectOnWhichDayNewestFirst()
    {
        var page = await host.SendAsync(auditor, m => m.Send(new ReadAuditLog()));

        Assert.Equal(4, page.TotalCount);
        Assert.Equal([4L, 3L, 2L, 1L], page.Items.Select(e => e.Sequence));
        var system = page.Items[0];
        Assert.Equal(("case.destroy", "Case", destroyedCase.ToString("D"), true, (string?)null), (system.Action, system.ObjectType, system.ObjectId, system.IsSystem, system.ActorDisplayName));
        Assert.All(page.Items.Skip(1), e => Assert.Equal(("organisation.create", "Ada Admin", Today), (e.Action, e.ActorDisplayName, e.Day)));
    }

    [Fact]
    public async Task TheLogFiltersByActionPrefixAndDays()
    {
        var organisations = await host.SendAsync(auditor, m => m.Send(new ReadAuditLog(ActionPrefix: "organisation.")));
        var cases = await host.SendAsync(administrator, m => m.Send(new ReadAuditLog(ActionPrefix: " case. ")));
        var yesterday = await host.SendAsync(auditor, m => m.Send(new ReadAuditLog(From: Today.AddDays(-3), To: Today.AddDays(-1))));
        var today = await host.SendAsync(auditor, m => m.Send(new ReadAuditLog(From: Today, To: Today)));

        Assert.Equal(3, organisations.TotalCount);
        Assert.Equal("case.destroy", Assert.Single(cases.Items).Action);
        Assert.Empty(yesterday.Items);
        Assert.Equal(4, today.TotalCount);
    }

    [Fact]
    public async Task ReversedDaysAreRefused()
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            host.SendAsync(auditor, m => m.Send(new ReadAuditLog(From: Today, To: Today.AddDays(-1)))));

        Assert.Equal(ReadAuditLogValidator.DaysReversed, Assert.Single(refused.Problems).MessageKey);
    }

    [Fact]
    public async Task OnlyAuditorsVerifyAndNeitherInvestigatorsNorAdministratorsDo()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(investigator, m => m.Send(new ReadAuditLog())));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(investigator, m => m.Send(new VerifyAuditLog())));
        await Assert.ThrowsAsync<ForbiddenException>(() => host.SendAsync(administrator, m => m.Send(new VerifyAuditLog())));
    }

    [Fact]
    public async Task VerifyingAnIntactLogReportsItsHeadAndIsItselfRecorded()
    {
        var verification = await host.SendAsync(auditor, m => m.Send(new VerifyAuditLog()));

        Assert.True(verification.IsIntact);
        Assert.Equal(4, verification.EntriesVerified);
        Assert.Equal(Convert.ToBase64String(host.AuditKey.PublicKey), verification.PublicKeyBase64);
        var head = await host.WithDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Sequence == 4));
        Assert.Equal(Convert.ToHexStringLower(head.Hash), verification.HeadHashHex);
        var recorded = await host.WithDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Sequence == 5));
        Assert.Equal(("audit.verify", auditor.UserId), (recorded.Action, recorded.ActorUserId));
        Assert.True((await host.VerifyAuditChainAsync()).IsIntact);
    }

    [Fact]
    public async Task VerifyingReportsAnEntryEditedInTheDatabase()
    {
        await host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET ObjectId = 'someone-else' WHERE Sequence = 2"));

        var verification = await host.SendAsync(auditor, m => m.Send(new VerifyAuditLog()));

        Assert.False(verification.IsIntact);
        Assert.Equal(1, verification.EntriesVerified);
        Assert.Equal((2L, AuditChainProblemKind.EntryEdited), (verification.FirstProblem!.Sequence, verification.FirstProblem.Kind));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();
}
