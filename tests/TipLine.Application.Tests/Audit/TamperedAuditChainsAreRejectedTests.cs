using Microsoft.EntityFrameworkCore;
using TipLine.Application.Audit;
using TipLine.Application.Organisations.CreateOrganisation;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Audit;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Audit;

/// <summary>Tampering is done the way an attacker with database access would: SQL against the SQLite file.</summary>
public sealed class TamperedAuditChainsAreRejectedTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();
    private readonly EcdsaTestAuditKey attackerKey = new();

    public async Task InitializeAsync()
    {
        var administrator = TestActor.Staff(StaffRoles.Administrator);
        foreach (var name in new[] { "Customs Gabon", "Kenya Wildlife Service", "Interpol Environmental Security", "Tanzania Police" })
        {
            await host.SendAsync(administrator, m => m.Send(new CreateOrganisation(name, OrganisationType.WildlifePolice, ["GA"])));
        }
    }

    [Fact]
    public async Task AnUntouchedChainIsAcceptedUpToItsHead()
    {
        var report = await host.VerifyAuditChainAsync();

        Assert.True(report.IsIntact, report.FirstProblem?.Description);
        Assert.Equal(4, report.EntriesVerified);
        Assert.Equal((await EntriesAsync())[3].Hash, report.HeadHash);
    }

    [Theory]
    [InlineData("UPDATE AuditEntries SET Action = 'organisation.view' WHERE Sequence = 2")]
    [InlineData("UPDATE AuditEntries SET ObjectId = '00000000-0000-0000-0000-000000000001' WHERE Sequence = 2")]
    [InlineData("UPDATE AuditEntries SET ActorUserId = NULL WHERE Sequence = 2")]
    [InlineData("UPDATE AuditEntries SET Day = '2026-03-13' WHERE Sequence = 2")]
    [InlineData("UPDATE AuditEntries SET ObjectType = 'Case' WHERE Sequence = 2")]
    public async Task AnEditedEntryIsReportedWhereItWasEdited(string tampering)
    {
        await TamperAsync(tampering);

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 2, AuditChainProblemKind.EntryEdited);
    }

    [Fact]
    public async Task ADeletedEntryIsReportedAsAGap()
    {
        await TamperAsync("DELETE FROM AuditEntries WHERE Sequence = 2");

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 3, AuditChainProblemKind.EntriesMissing);
    }

    [Fact]
    public async Task DeletingTheFirstEntryIsNoticed()
    {
        await TamperAsync("DELETE FROM AuditEntries WHERE Sequence = 1");

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 2, AuditChainProblemKind.EntriesMissing);
    }

    [Fact]
    public async Task DeletingAnEntryAndRenumberingTheRestBreaksTheChain()
    {
        await TamperAsync("DELETE FROM AuditEntries WHERE Sequence = 2");
        await TamperAsync("UPDATE AuditEntries SET Sequence = -Sequence WHERE Sequence > 2");
        await TamperAsync("UPDATE AuditEntries SET Sequence = -Sequence - 1 WHERE Sequence < 0");

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 2, AuditChainProblemKind.ChainBroken);
    }

    [Fact]
    public async Task SwappingTwoEntriesInTheDatabaseIsNoticed()
    {
        await TamperAsync("UPDATE AuditEntries SET Sequence = -2 WHERE Sequence = 2");
        await TamperAsync("UPDATE AuditEntries SET Sequence = 2 WHERE Sequence = 3");
        await TamperAsync("UPDATE AuditEntries SET Sequence = 3 WHERE Sequence = -2");

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 2, AuditChainProblemKind.ChainBroken);
    }

    [Fact]
    public async Task EntriesReorderedInAnExportAreNoticed()
    {
        var entries = await EntriesAsync();
        var verifier = new AuditChainVerifier(host.AuditKey);

        var swapped = verifier.Verify([entries[0], entries[2], entries[1], entries[3]], host.AuditKey.PublicKey);
        var duplicated = verifier.Verify([entries[0], entries[1], entries[1], entries[2]], host.AuditKey.PublicKey);

        AssertFirstProblem(swapped, 3, AuditChainProblemKind.EntriesMissing);
        AssertFirstProblem(duplicated, 2, AuditChainProblemKind.EntriesOutOfOrder);
        Assert.True(verifier.Verify(entries, host.AuditKey.PublicKey).IsIntact);
    }

    [Fact]
    public async Task AnEntryForgedWithoutTheAuditKeyIsRejectedEvenWhenItsHashesAreRight()
    {
        var head = (await EntriesAsync())[3];
        await InsertAsync(ForgeEntry(5, head.Hash, attackerKey));

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 5, AuditChainProblemKind.SignatureInvalid);
    }

    [Fact]
    public async Task AnEntryInsertedInTheMiddleIsRejected()
    {
        var second = (await EntriesAsync())[1];
        await TamperAsync("UPDATE AuditEntries SET Sequence = -Sequence WHERE Sequence > 2");
        await TamperAsync("UPDATE AuditEntries SET Sequence = -Sequence + 1 WHERE Sequence < 0");
        await InsertAsync(ForgeEntry(3, second.Hash, attackerKey));

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 3, AuditChainProblemKind.SignatureInvalid);
    }

    [Fact]
    public async Task AGenuineEntryReplayedAtTheEndIsRejected()
    {
        var second = (await EntriesAsync())[1];
        await InsertAsync(new AuditEntry(5, second.Day, second.ActorUserId, second.Action, second.ObjectType, second.ObjectId, second.PreviousHash, second.Hash, second.Signature));

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 5, AuditChainProblemKind.ChainBroken);
    }

    [Fact]
    public async Task AnEditWithEveryHashRecomputedIsStillCaughtByTheSignature()
    {
        var entries = await EntriesAsync();
        var previous = entries[0].Hash;
        for (var i = 1; i < entries.Count; i++)
        {
            var e = entries[i];
            var action = i == 1 ? "organisation.view" : e.Action;
            var hash = AuditEntryHash.Compute(e.Sequence, e.Day, e.ActorUserId, action, e.ObjectType, e.ObjectId, previous);
            await host.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync(
                $"UPDATE AuditEntries SET Action = {action}, PreviousHash = {previous}, Hash = {hash} WHERE Sequence = {e.Sequence}"));
            previous = hash;
        }

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 2, AuditChainProblemKind.SignatureInvalid);
    }

    [Fact]
    public async Task AReplacedSignatureIsRejected()
    {
        var second = (await EntriesAsync())[1];
        var forged = attackerKey.Sign(second.Hash);
        await host.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE AuditEntries SET Signature = {forged} WHERE Sequence = 2"));

        AssertFirstProblem(await host.VerifyAuditChainAsync(), 2, AuditChainProblemKind.SignatureInvalid);
    }

    [Fact]
    public async Task AChainIsRejectedUnderSomeoneElsesPublicKey()
    {
        var report = await host.WithDatabaseAsync(db => new AuditChainVerifier(host.AuditKey).VerifyAsync(db, attackerKey.PublicKey));

        AssertFirstProblem(report, 1, AuditChainProblemKind.SignatureInvalid);
    }

    public async Task DisposeAsync()
    {
        attackerKey.Dispose();
        await host.DisposeAsync();
    }

    private static void AssertFirstProblem(AuditChainReport report, long sequence, AuditChainProblemKind kind)
    {
        Assert.False(report.IsIntact);
        Assert.Equal((sequence, kind), (report.FirstProblem!.Sequence, report.FirstProblem.Kind));
    }

    private static AuditEntry ForgeEntry(long sequence, byte[] previousHash, EcdsaTestAuditKey key)
    {
        var day = new DateOnly(2026, 3, 14);
        var hash = AuditEntryHash.Compute(sequence, day, null, "organisation.create", nameof(Organisation), "forged", previousHash);
        return new AuditEntry(sequence, day, null, "organisation.create", nameof(Organisation), "forged", previousHash, hash, key.Sign(hash));
    }

    private Task<List<AuditEntry>> EntriesAsync() =>
        host.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());

    private Task<int> TamperAsync(string sql) =>
        host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    private Task<int> InsertAsync(AuditEntry entry) =>
        host.WithDatabaseAsync(db =>
        {
            db.AuditEntries.Add(entry);
            return db.SaveChangesAsync();
        });
}
