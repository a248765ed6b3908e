using Microsoft.EntityFrameworkCore.Design;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Migrations.SqlServer;

/// <summary>Lets `dotnet ef migrations add` build the SqlServer model; the connection string is never opened for that.</summary>
public sealed class DesignTimeTipLineDbContextFactory : IDesignTimeDbContextFactory<TipLineDbContext>
{
    public TipLineDbContext CreateDbContext(string[] args) =>
        new(TipLineDbContextOptions.Create(new DatabaseSettings(DatabaseProvider.SqlServer, "Server=localhost;Database=TipLineDesign;Integrated Security=true;TrustServerCertificate=true")));
}
