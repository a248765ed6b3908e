using Microsoft.Extensions.DependencyInjection;
using TipLine.Crypto.Age;
using TipLine.Domain.Channels;
using TipLine.Domain.Organisations;
using TipLine.Domain.Staff;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Web.Tests.Hosting;

/// <summary>
/// What `tipline init` sets up, written straight into the server's database: an organisation, one intake
/// investigator whose private key the test holds (to prove what staff can read), and the default wildlife channel.
/// </summary>
public sealed class IntakeSeed : IDisposable
{
    private IntakeSeed(X25519Identity investigatorKey, Guid organisationId)
    {
        InvestigatorKey = investigatorKey;
        OrganisationId = organisationId;
    }

    public X25519Identity InvestigatorKey { get; }

    public Guid OrganisationId { get; }

    public string Slug => DefaultWildlifeChannel.Slug;

    public static async Task<IntakeSeed> CreateAsync(IServiceProvider services, long? maximumFileBytes = null, int? maximumFiles = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var organisation = new Organisation(Guid.NewGuid(), "Wildlife Justice Test NGO", OrganisationType.IntakeUnit, ["FR"], today);
        var key = X25519Identity.Generate();
        var investigator = new StaffUser(
            Guid.NewGuid(), organisation.Id, "investigator", "Investigator", StaffRoles.IntakeInvestigator,
            "$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaA", key.Recipient.ToString(), [1], [1], today);
        var channel = DefaultWildlifeChannel.Create(organisation.Id, today);
        if (maximumFileBytes is not null || maximumFiles is not null)
        {
            channel.ChangeLimits(maximumFileBytes ?? channel.MaximumFileBytes, maximumFiles ?? channel.MaximumFiles, channel.RetentionDays);
        }

        database.AddRange(organisation, investigator, channel);
        await database.SaveChangesAsync();
        return new IntakeSeed(key, organisation.Id);
    }

    public void Dispose() => InvestigatorKey.Dispose();
}
