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

    /// <summary>
    /// Property 4 of design.md: every back-office action lands in the signed audit log. A staff command (it changes
    /// state) must describe itself for the audit. The exceptions: sharing tip access and re-sealing reward files audit
    /// themselves in their handlers, only when they changed something, because they run at every landing on /office
    /// (ADR 0019, 0024); signing out only deletes the
    /// caller's own session row, like the idle timeout that is not audited either. Whistleblower commands are never
    /// audited (ADR 0017).
    /// </summary>
    [Fact]
    public void EveryStaffCommandIsAudited()
    {
        Type[] exceptions = [typeof(Application.Staff.ShareAccessWithColleagues.ShareAccessWithColleagues), typeof(Application.Accounts.SignOut.SignOut),
            typeof(Application.Rewards.Resealing.ResealRewardFiles.ResealRewardFiles)];
        var staffCommands = typeof(AuditLog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false }
                && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))
                && t.GetCustomAttributes<RequiresRoleAttribute>().Any())
            .ToList();

        Assert.Contains(typeof(Application.Rewards.Awards.ApproveDetermination.ApproveDetermination), staffCommands);
        Assert.All(staffCommands.Except(exceptions), command => Assert.True(
            command.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuditedRequest<>)),
            $"{command.Name} changes state for staff but writes no audit entry."));
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
