using System.Reflection;
using System.Runtime.CompilerServices;
using Mediator;
using TipLine.Application.Audit;
using TipLine.Application.Authorization;
using TipLine.Application.Errors;
using TipLine.Application.Tests.Hosting;
using TipLine.Domain.Staff;

namespace TipLine.Application.Tests.Authorization;

/// <summary>
/// The role half of the authorisation matrix: every back-office use case in the Application, sent through the real
/// pipeline by an actor holding exactly one role (and by an anonymous whistleblower), is refused exactly when its
/// declared roles do not include that role. The organisation half (own versus other organisation) is proven per use
/// case in the areas' tests and by the HTTP matrix in TipLine.Web.Tests/Office.
/// </summary>
public sealed class EveryRoleAgainstEveryUseCaseTests(EveryRoleAgainstEveryUseCaseTests.SharedHost shared) : IClassFixture<EveryRoleAgainstEveryUseCaseTests.SharedHost>
{
    private readonly ApplicationHost host = shared.Host;

    public static TheoryData<string, StaffRoles> Matrix()
    {
        var data = new TheoryData<string, StaffRoles>();
        foreach (var request in BackOfficeRequests())
        {
            foreach (var role in Enum.GetValues<StaffRoles>())
            {
                data.Add(request.FullName!, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AnActorIsRefusedExactlyWhenTheUseCaseDoesNotNameTheirRole(string requestTypeName, StaffRoles role)
    {
        var requestType = typeof(AuditLog).Assembly.GetType(requestTypeName)!;
        var allowed = requestType.GetCustomAttributes<RequiresRoleAttribute>().All(rule => rule.AnyOf.Contains(role));

        // An empty request: the authorisation step runs before validation, so what it carries does not matter.
        var request = RuntimeHelpers.GetUninitializedObject(requestType);
        var actor = role == StaffRoles.None ? TestActor.Whistleblower : TestActor.Staff(role);
        Exception? refusal = null;
        try
        {
            await host.SendAsync(actor, async mediator => await mediator.Send(request));
        }
        catch (Exception ex)
        {
            refusal = ex;
        }

        if (role == StaffRoles.None)
        {
            Assert.IsType<UnauthenticatedException>(refusal);
        }
        else if (allowed)
        {
            Assert.False(refusal is ForbiddenException or UnauthenticatedException, $"{requestType.Name} refused {role}: {refusal?.Message}");
        }
        else
        {
            Assert.IsType<ForbiddenException>(refusal);
        }
    }

    [Fact]
    public void TheMatrixCoversEveryBackOfficeUseCase()
    {
        // Guards against the reflection silently finding nothing (e.g. after a namespace move).
        Assert.True(BackOfficeRequests().Count() >= 10, "The matrix found too few back-office use cases.");
    }

    /// <summary>One database for the whole matrix: every refusal happens before anything is written.</summary>
    public sealed class SharedHost : IAsyncLifetime
    {
        public ApplicationHost Host { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    private static IEnumerable<Type> BackOfficeRequests() =>
        typeof(AuditLog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<RequiresRoleAttribute>().Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
}
