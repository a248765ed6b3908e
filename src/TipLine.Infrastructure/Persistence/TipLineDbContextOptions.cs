using Microsoft.EntityFrameworkCore;

namespace TipLine.Infrastructure.Persistence;

/// <summary>Configures a context for one provider and its migrations assembly; shared by the host, design-time factories and tests.</summary>
public static class TipLineDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        var migrationsAssembly = MigrationsAssemblies.For(settings.Provider);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly(migrationsAssembly));
                builder.AddInterceptors(SqliteDurabilityInterceptor.Instance);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(settings.ConnectionString, sqlServer => sqlServer.MigrationsAssembly(migrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider.");
        }

        return builder;
    }

    public static DbContextOptions<TipLineDbContext> Create(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<TipLineDbContext>();
        Configure(builder, settings);
        return builder.Options;
    }
}
