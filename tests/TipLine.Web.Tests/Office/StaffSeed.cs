using Microsoft.Extensions.DependencyInjection;
using TipLine.Crypto.Keys;
using TipLine.Crypto.Passwords;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Web.Tests.Office;

/// <summary>
/// Organisations and staff written straight into a test server's database, with real key material (password wrap,
/// recovery wrap) at cheap Argon2id costs. The second factor is enrolled through the real pages by <see cref="OfficeClient"/>.
/// </summary>
public static class StaffSeed
{
    public static async Task<Guid> CreateOrganisationAsync(IServiceProvider services, string name, OrganisationType type, params string[] jurisdictions)
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var organisation = new Organisation(Guid.NewGuid(), name, type, jurisdictions, DateOnly.FromDateTime(DateTime.UtcNow));
        database.Organisations.Add(organisation);
        await database.SaveChangesAsync();
        return organisation.Id;
    }

    public static async Task<SeededStaff> CreateUserAsync(IServiceProvider services, Guid organisationId, string userName, StaffRoles roles, string password = "correct horse battery staple")
    {
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var parameters = Argon2idParameters.FastForTestsOnly;
        using var keys = StaffKeyring.Create(password, parameters);
        var user = new StaffUser(
            Guid.NewGuid(), organisationId, userName, userName + " (test)", roles,
            PasswordHasher.Hash(password, parameters), keys.Recipient.ToString(), keys.PasswordWrapped, keys.RecoveryWrapped,
            DateOnly.FromDateTime(DateTime.UtcNow));
        database.StaffUsers.Add(user);
        await database.SaveChangesAsync();
        return new SeededStaff(user.Id, organisationId, user.UserName, password, keys.Recipient.ToString(), keys.Identity.ToSecretString());
    }
}

/// <summary>A seeded staff member and the secrets a test needs to act as them.</summary>
public sealed record SeededStaff(Guid UserId, Guid OrganisationId, string UserName, string Password, string PublicKey, string PrivateKey);
