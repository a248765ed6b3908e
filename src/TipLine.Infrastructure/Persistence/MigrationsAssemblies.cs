namespace TipLine.Infrastructure.Persistence;

/// <summary>The assembly holding each provider's migrations; the host must reference all three projects.</summary>
public static class MigrationsAssemblies
{
    public const string Sqlite = "TipLine.Migrations.Sqlite";
    public const string Postgres = "TipLine.Migrations.Postgres";
    public const string SqlServer = "TipLine.Migrations.SqlServer";

    public static string For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Sqlite,
        DatabaseProvider.Postgres => Postgres,
        DatabaseProvider.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}
