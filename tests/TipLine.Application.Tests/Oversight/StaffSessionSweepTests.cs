using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Retention;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Oversight;

public sealed class StaffSessionSweepTests : IAsyncLifetime
{
    private readonly ApplicationHost host = new();

    [Fact]
    public async Task ExpiredSessionsAreDeletedAndLiveOnesKept()
    {
        var world = new OversightWorld(host);
        var user = await world.StaffAsync(await world.OrganisationAsync("Wildlife NGO"), StaffRoles.IntakeInvestigator);
        var now = ApplicationHost.Now;
        var expired = await AddSessionAsync(user, now.AddHours(-9), now.AddHours(-1));
        var endsNow = await AddSessionAsync(user, now.AddHours(-8), now);
        var alive = await AddSessionAsync(user, now.AddHours(-1), now.AddHours(7));

        var first = await world.RunAsync<StaffSessionSweep, int>(sweep => sweep.RunAsync(default));
        var second = await world.RunAsync<StaffSessionSweep, int>(sweep => sweep.RunAsync(default));

        Assert.Equal((2, 0), (first, second));
        var left = await host.WithDatabaseAsync(db => db.StaffSessions.Select(s => s.Id).ToListAsync());
        Assert.Equal([alive], left);
        Assert.DoesNotContain(expired, left);
        Assert.DoesNotContain(endsNow, left);
    }

    private Task<Guid> AddSessionAsync(TestActor user, DateTimeOffset started, DateTimeOffset expires) =>
        host.WithDatabaseAsync(async db =>
        {
            var session = new StaffSession(Guid.NewGuid(), user.UserId!.Value, RandomNumberGenerator.GetBytes(80), started, expires);
            db.StaffSessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
