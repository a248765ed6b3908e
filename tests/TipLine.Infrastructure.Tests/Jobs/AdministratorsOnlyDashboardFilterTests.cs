using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Infrastructure.Jobs;

namespace TipLine.Infrastructure.Tests.Jobs;

[Collection(HangfireGlobalStateCollection.Name)]
public sealed class AdministratorsOnlyDashboardFilterTests
{
    public static TheoryData<string, bool, string?, bool> Users => new()
    {
        { "authenticated administrator", true, "Administrator", true },
        { "authenticated investigator", true, "IntakeInvestigator", false },
        { "authenticated without role", true, null, false },
        { "anonymous claiming administrator", false, "Administrator", false },
        { "role differs in case", true, "administrator", false },
    };

    [Theory]
    [MemberData(nameof(Users))]
    public void Only_authenticated_administrators_see_the_dashboard(string description, bool authenticated, string? role, bool allowed)
    {
        var claims = role is null ? [] : new[] { new Claim(ClaimTypes.Role, role) };

        // A custom role claim type must not matter: the filter reads ClaimTypes.Role itself.
        var identity = new ClaimsIdentity(claims, authenticated ? "Cookies" : null, ClaimTypes.Name, "custom-role");
        using var requestServices = new ServiceCollection().BuildServiceProvider();
        var http = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = requestServices };
        using var storage = new InMemoryStorage();
        var context = new AspNetCoreDashboardContext(storage, new DashboardOptions(), http);

        Assert.True(allowed == new AdministratorsOnlyDashboardFilter().Authorize(context), description);
    }
}
