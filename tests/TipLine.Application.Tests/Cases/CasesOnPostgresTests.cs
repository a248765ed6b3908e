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
public sealed class CasesOnPostgresTests : IAsyncLifetime
{
    private const int Concurrent = 12;

    private CaseWorld? world;

    private CaseWorld World => world ?? throw new InvalidOperationException("No PostgreSQL server configured.");

    [PostgresFact]
    public async Task Cases_created_at_the_same_moment_get_distinct_consecutive_references()
    {
        var tips = new List<Guid>();
        for (var i = 0; i < Concurrent; i++)
        {
            tips.Add(await World.SubmitTipAsync(World.NgoChannel));
        }

        var created = await Task.WhenAll(tips.Select(tip =>
            Task.Run(() => World.As(World.Investigator, m => m.Send(new CreateCaseFromTips([tip]))))));

        Assert.Equal(
            Enumerable.Range(1, Concurrent).Select(n => $"TL-2026-{n:00000}"),
            created.Select(c => c.Reference).Order(StringComparer.Ordinal));
        Assert.Equal(Concurrent, await World.Host.WithDatabaseAsync(db => db.Cases.CountAsync()));
        Assert.True((await World.Host.VerifyAuditChainAsync()).IsIntact);
    }

    [PostgresFact]
    public async Task Routing_notes_listing_and_withdrawal_work_the_same_on_postgres()
    {
        var created = await World.OpenRoutedCaseAsync(World.Police, World.Prosecution);
        await World.As(World.Investigator, m => m.Send(new AddCaseNote(created.Id, "Seen on PostgreSQL")));

        Assert.Equal("Seen on PostgreSQL", Assert.Single((await World.As(World.Prosecutor, m => m.Send(new ReadCase(created.Id)))).Notes).Text);
        Assert.Equal([created.Id], (await World.As(World.Prosecutor, m => m.Send(new ListCases(Country: "GA")))).Rows.Select(r => r.Id));
        Assert.Empty((await World.As(World.CustomsInvestigator, m => m.Send(new ListCases()))).Rows);

        await World.As(World.Investigator, m => m.Send(new WithdrawRouting(created.Id, World.Prosecution)));

        Assert.Empty((await World.As(World.Prosecutor, m => m.Send(new ListCases()))).Rows);
        await Assert.ThrowsAsync<NotFoundException>(() => World.As(World.Prosecutor, m => m.Send(new ReadCase(created.Id))));
        Assert.Single((await World.As(World.PoliceOfficer, m => m.Send(new ListCases()))).Rows);
    }

    public async Task InitializeAsync()
    {
        if (TestEnvironment.PostgresConnectionString is { } server)
        {
            world = await CaseWorld.CreateAsync(ApplicationHost.OnPostgres(server));
        }
    }

    public async Task DisposeAsync()
    {
        if (world is not null)
        {
            await world.DisposeAsync();
        }
    }
}
