using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Audit;
using TipLine.Application.Organisations.CreateOrganisation;
using TipLine.Application.Organisations.ListOrganisations;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Audit;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Audit;

public sealed class AuditedUseCasesTests : IAsyncLifetime
{
    private const string SensitiveName = "Operation Pangolin Night Watch";
    private readonly ApplicationHost host = new();
    private readonly TestActor administrator = TestActor.Staff(StaffRoles.Administrator);

    [Fact]
    public async Task EachAuditedUseCaseAppendsOneSignedEntryChainedToThePreviousOne()
    {
        var first = await host.SendAsync(administrator, m => m.Send(new CreateOrganisation("Customs Gabon", OrganisationType.Customs, ["GA"])));
        var second = await host.SendAsync(administrator, m => m.Send(new CreateOrganisation(SensitiveName, OrganisationType.WildlifePolice, ["CM", "GA"])));

        var entries = await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Equal([1L, 2L], entries.Select(e => e.Sequence));
        Assert.Equal(new byte[32], entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal([first.ToString("D"), second.ToString("D")], entries.Select(e => e.ObjectId));
        Assert.All(entries, entry =>
        {
            Assert.Equal(new DateOnly(2026, 3, 14), entry.Day);
            Assert.Equal(administrator.UserId, entry.ActorUserId);
            Assert.Equal("organisation.create", entry.Action);
            Assert.Equal(nameof(Organisation), entry.ObjectType);
            Assert.Equal(AuditEntryHash.Compute(entry.Sequence, entry.Day, entry.ActorUserId, entry.Action, entry.ObjectType, entry.ObjectId, entry.PreviousHash), entry.Hash);
            Assert.True(host.AuditKey.Verify(host.AuditKey.PublicKey, entry.Hash, entry.Signature));
        });
        Assert.True((await host.VerifyAuditChainAsync()).IsIntact);
    }

    [Fact]
    public async Task TheAuditLogRecordsNoneOfTheRequestContent()
    {
        await host.SendAsync(administrator, m => m.Send(new CreateOrganisation(SensitiveName, OrganisationType.WildlifePolice, ["CM"])));

        var entry = Assert.Single(await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().ToListAsync()));
        var recorded = string.Join('|', entry.Action, entry.ObjectType, entry.ObjectId);
        Assert.DoesNotContain("Pangolin", recorded, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("CM", recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryLeavesNoAuditEntry()
    {
        await host.SendAsync(TestActor.Staff(StaffRoles.Auditor), m => m.Send(new ListOrganisations()));

        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task AnAppendOutsideATransactionIsRefusedBecauseItsLockWouldProtectNothing()
    {
        var action = new AuditedAction("organisation.create", nameof(Organisation), null);

        var refused = await host.WithDatabaseAsync((_, services) =>
            Assert.ThrowsAsync<InvalidOperationException>(() => services.GetRequiredService<AuditLog>().AppendAsync(null, action)));

        Assert.Contains("transaction", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await host.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task AWriterThatBypassedTheLockCannotStoreASecondEntryWithTheSameSequence()
    {
        var genuine = await host.WithDatabaseAsync(async (database, services) =>
        {
            await using var transaction = await database.Database.BeginTransactionAsync();
            var entry = await services.GetRequiredService<AuditLog>().AppendAsync(null, new AuditedAction("organisation.create", nameof(Organisation), null));
            await database.SaveChangesAsync();
            await transaction.CommitAsync();
            return entry;
        });
        var hash = AuditEntryHash.Compute(genuine.Sequence, genuine.Day, null, "organisation.delete", nameof(Organisation), null, genuine.PreviousHash);
        var rival = new AuditEntry(genuine.Sequence, genuine.Day, null, "organisation.delete", nameof(Organisation), null, genuine.PreviousHash, hash, host.AuditKey.Sign(hash));

        await Assert.ThrowsAsync<DbUpdateException>(() => host.WithDatabaseAsync(database =>
        {
            database.AuditEntries.Add(rival);
            return database.SaveChangesAsync();
        }));

        var stored = Assert.Single(await host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().ToListAsync()));
        Assert.Equal("organisation.create", stored.Action);
        Assert.True((await host.VerifyAuditChainAsync()).IsIntact);
    }

    [Fact]
    public async Task ResultsListedAfterCreationShowTheNewOrganisationsByName()
    {
        await host.SendAsync(administrator, m => m.Send(new CreateOrganisation("Zambia Wildlife Authority", OrganisationType.WildlifePolice, ["zm"])));
        await host.SendAsync(administrator, m => m.Send(new CreateOrganisation("Agence Nationale des Parcs", OrganisationType.IntakeUnit, ["GA", "CG"])));

        var listed = await host.SendAsync(TestActor.Staff(StaffRoles.Auditor), m => m.Send(new ListOrganisations()));

        Assert.Equal(["Agence Nationale des Parcs", "Zambia Wildlife Authority"], listed.Select(o => o.Name));
        Assert.Equal(["CG", "GA"], listed[0].Jurisdictions);
        Assert.Equal(["ZM"], listed[1].Jurisdictions);
        Assert.All(listed, o => Assert.Equal(new DateOnly(2026, 3, 14), o.CreatedOn));
    }

    [Fact]
    public void TheCanonicalEncodingNeverLetsTwoDifferentEntriesShareAHash()
    {
        var genesis = new byte[32];
        var day = new DateOnly(2026, 3, 14);

        Assert.NotEqual(
            AuditEntryHash.Compute(1, day, null, "ab", "c", null, genesis),
            AuditEntryHash.Compute(1, day, null, "a", "bc", null, genesis));
        Assert.NotEqual(
            AuditEntryHash.Compute(1, day, null, "a", "b", null, genesis),
            AuditEntryHash.Compute(1, day, null, "a", "b", string.Empty, genesis));
        Assert.NotEqual(
            AuditEntryHash.Compute(1, day, null, "a", "b", null, genesis),
            AuditEntryHash.Compute(1, day, Guid.Empty, "a", "b", null, genesis));
        Assert.Throws<EncoderFallbackException>(() => AuditEntryHash.Compute(1, day, null, "a\uD800", "b", null, genesis));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
