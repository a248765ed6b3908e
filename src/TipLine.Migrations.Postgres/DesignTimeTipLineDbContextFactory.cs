using Microsoft.EntityFrameworkCore.Design;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the Postgres model; the connection string is never opened for that.</summary>
public sealed class DesignTimeTipLineDbContextFactory : IDesignTimeDbContextFactory<TipLineDbContext>
{
    public TipLineDbContext CreateDbContext(string[] args) =>
        new(TipLineDbContextOptions.Create(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=tipline_design;Username=tipline")));
}
