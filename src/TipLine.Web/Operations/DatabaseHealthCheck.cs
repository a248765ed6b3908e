using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Web.Operations;

/// <summary>
/// Ready only when a TipLine table answers: a bare connection test would pass on an empty database file that SQLite
/// creates in place of a lost one. A failure throws, and the health service reports it as Unhealthy.
/// </summary>
internal sealed class DatabaseHealthCheck(TipLineDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        _ = await db.Organisations.AsNoTracking().AnyAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
