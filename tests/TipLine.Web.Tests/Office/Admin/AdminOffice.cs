using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;
using TipLine.Web.Tests.Hosting;

namespace TipLine.Web.Tests.Office.Admin;

/// <summary>An organisation of its own per test, with its members seeded and signed in through the real pages.</summary>
internal sealed class AdminOffice(TipLineServer server)
{
    public Guid OrganisationId { get; private set; }

    public string OrganisationName { get; private set; } = string.Empty;

    public static string Unique() => Guid.NewGuid().ToString("N")[..10];

    public async Task<AdminOffice> CreateAsync(OrganisationType type = OrganisationType.IntakeUnit)
    {
        OrganisationName = "Admin test unit " + Unique();
        OrganisationId = await StaffSeed.CreateOrganisationAsync(server.Services, OrganisationName, type, "GA");
        return this;
    }

    public Task<SeededStaff> AddMemberAsync(StaffRoles roles) =>
        StaffSeed.CreateUserAsync(server.Services, OrganisationId, "member-" + Unique(), roles);

    /// <summary>A new member with <paramref name="roles"/>, signed in (second factor enrolled) on a client of their own.</summary>
    public async Task<(SeededStaff Member, OfficeClient Client)> SignedInAsync(StaffRoles roles)
    {
        var member = await AddMemberAsync(roles);
        var client = new OfficeClient(server);
        await client.SignInFirstTimeAsync(member.UserName, member.Password);
        return (member, client);
    }

    public async Task<T> WithDatabaseAsync<T>(Func<TipLineDbContext, Task<T>> work)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TipLineDbContext>());
    }

    public Task<StaffUser> UserAsync(Guid userId) => WithDatabaseAsync(db => db.StaffUsers.AsNoTracking().SingleAsync(u => u.Id == userId));

    public static void AssertRedirect(HttpResponseMessage response, string location)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }
}
