using System.Reflection;
using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;

namespace TipLine.Application.Tests.Authorization;

public sealed class EveryUseCaseDeclaresWhoMayUseItTests
{
    [Fact]
    public void EveryRequestInTheApplicationNamesRolesOrIsOpenToWhistleblowersButNotBoth()
    {
        var requests = typeof(AuditLog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
            .ToList();

        Assert.NotEmpty(requests);
        Assert.All(requests, request =>
        {
            var roles = request.GetCustomAttributes<RequiresRoleAttribute>().Any();
            var whistleblowers = request.GetCustomAttribute<AllowWhistleblowerAttribute>() is not null;
            Assert.True(roles ^ whistleblowers, $"{request.Name} must declare exactly one access rule.");
        });
    }

    [Fact]
    public void AUseCaseCannotBeBothOpenAndRestricted()
    {
        Assert.Throws<InvalidOperationException>(() => AccessRule.For(typeof(Contradictory)));
    }

    [AllowWhistleblower]
    [RequiresRole(Domain.Staff.StaffRoles.Administrator)]
    private sealed class Contradictory;
}
