using Microsoft.EntityFrameworkCore;
using TipLine.Application.Cases.AddCaseNote;
using TipLine.Application.Cases.CreateCaseFromTips;
using TipLine.Application.Cases.ListCases;
using TipLine.Application.Cases.ReadCase;
using TipLine.Application.Errors;
using TipLine.Application.Routing.WithdrawRouting;
using TipLine.Application.Tests.Hosting;
using TipLine.Testing.Environment;

namespace TipLine.Application.Tests.Cases;

/// <summary>The case use cases on PostgreSQL, which really runs transactions side by side and translates the queries its own way.</summary>
public sealed class CasesOnPostgresTests : PostgresHostedTests
{
    private const int Concurrent = 12;

    [PostgresFact]
    public async Task Cases_created_at_the_same_moment_get_distinct_consecutive_references()
    {
        var world = await CaseWorld.SeedAsync(Host);
        var tips = new List<Guid>();
        for (var i = 0; i < Concurrent; i++)
        {
            tips.Add(await world.SubmitTipAsync(world.NgoChannel));
        }

        var created = await Task.WhenAll(tips.Select(tip =>
            Task.Run(() => world.As(world.Investigator, m => m.Send(new CreateCaseFromTips([tip]))))));

        Assert.Equal(
            Enumerable.Range(1, Concurrent).Select(n => $"TL-2026-{n:00000}"),
            created.Select(c => c.Reference).Order(StringComparer.Ordinal));
        Assert.Equal(Concurrent, await world.Host.WithDatabaseAsync(db => db.Cases.CountAsync()));
        Assert.True((await world.Host.VerifyAuditChainAsync()).IsIntact);
    }

    [PostgresFact]
    public async Task Routing_notes_listing_and_withdrawal_work_the_same_on_postgres()
    {
        var world = await CaseWorld.SeedAsync(Host);
        var created = await world.OpenRoutedCaseAsync(world.Police, world.Prosecution);
        await world.As(world.Investigator, m => m.Send(new AddCaseNote(created.Id, "Seen on PostgreSQL")));

        Assert.Equal("Seen on PostgreSQL", Assert.Single((await world.As(world.Prosecutor, m => m.Send(new ReadCase(created.Id)))).Notes).Text);
        Assert.Equal([created.Id], (await world.As(world.Prosecutor, m => m.Send(new ListCases(Country: "GA")))).Rows.Select(r => r.Id));
        Assert.Empty((await world.As(world.CustomsInvestigator, m => m.Send(new ListCases()))).Rows);

        await world.As(world.Investigator, m => m.Send(new WithdrawRouting(created.Id, world.Prosecution)));

        Assert.Empty((await world.As(world.Prosecutor, m => m.Send(new ListCases()))).Rows);
        await Assert.ThrowsAsync<NotFoundException>(() => world.As(world.Prosecutor, m => m.Send(new ReadCase(created.Id))));
        Assert.Single((await world.As(world.PoliceOfficer, m => m.Send(new ListCases()))).Rows);
    }
}
