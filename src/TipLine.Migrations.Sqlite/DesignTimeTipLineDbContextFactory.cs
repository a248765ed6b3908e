using Microsoft.EntityFrameworkCore.Design;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the Sqlite model; the connection string is never opened for that.</summary>
public sealed class DesignTimeTipLineDbContextFactory : IDesignTimeDbContextFactory<TipLineDbContext>
{
    public TipLineDbContext CreateDbContext(string[] args) =>
        new(TipLineDbContextOptions.Create(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db")));
}
