using Microsoft.EntityFrameworkCore;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Bench.BackOffice;

/// <summary>
/// Indexes the benchmark found missing, created on the seeded database (never by a migration: the schema is the
/// application's) so the same data is measured with and without them. README.md gives the EF configuration.
/// </summary>
internal static class ProposedIndexes
{
    /// <summary>
    /// The unfiltered list pages the owner's cases by opening day: without this index both providers read and sort
    /// every case of the organisation for each page. (OrganisationId, Status, OpenedOn) serves only a status filter.
    /// </summary>
    public const string CasesByOwnerAndOpeningDay =
        "CREATE INDEX \"IX_Cases_OrganisationId_OpenedOn_Id\" ON \"Cases\" (\"OrganisationId\", \"OpenedOn\" DESC, \"Id\")";

    public static async Task CreateAsync(BackOfficeHost host, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(CasesByOwnerAndOpeningDay));
        if (provider == DatabaseProvider.Postgres)
        {
            await host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE \"Cases\""));
        }
    }
}
