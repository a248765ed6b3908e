using Microsoft.EntityFrameworkCore;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Bench.BackOffice;

/// <summary>
/// Indexes the benchmark found missing, created on the seeded database (never by a migration: the schema is the
/// application's) so the same data is measured with and without them. README.md gives the EF configuration.
/// </summary>
internal static class ProposedIndexes
{
    public static readonly IReadOnlyList<string> Statements =
    [
        // The owned part of the list pages by owner and opening day; without it every page reads and sorts every case the
        // organisation owns.
        "CREATE INDEX \"IX_Cases_OrganisationId_OpenedOn_Id\" ON \"Cases\" (\"OrganisationId\", \"OpenedOn\" DESC, \"Id\")",

        // The status filter's index, ending in the list's full order: otherwise SQLite, which has no statistics, prefers
        // the index above (it needs no sort) and reads every case of the organisation to find one status.
        "DROP INDEX \"IX_Cases_OrganisationId_Status_OpenedOn\"",
        "CREATE INDEX \"IX_Cases_OrganisationId_Status_OpenedOn_Id\" ON \"Cases\" (\"OrganisationId\", \"Status\", \"OpenedOn\" DESC, \"Id\")",

        // The routed part pages by opening day whoever owns the case: walking the newest cases and keeping the routed
        // ones stops after a page, where starting from the routings reads every routed case.
        "CREATE INDEX \"IX_Cases_OpenedOn_Id\" ON \"Cases\" (\"OpenedOn\" DESC, \"Id\")",
    ];

    public static async Task CreateAsync(BackOfficeHost host, DatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(host);
        foreach (var statement in Statements)
        {
            await host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(statement));
        }

        if (provider == DatabaseProvider.Postgres)
        {
            await host.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE \"Cases\""));
        }
    }
}
