using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Infrastructure.Tests.Persistence;

/// <summary>Each provider's migrations are current with the model; none of these needs a server.</summary>
public sealed class ModelSnapshotTests
{
    public static TheoryData<DatabaseProvider, string> Providers => new()
    {
        { DatabaseProvider.Sqlite, "Data Source=unused.db" },
        { DatabaseProvider.Postgres, "Host=unused.invalid;Database=unused;Username=unused" },
        { DatabaseProvider.SqlServer, "Server=unused.invalid;Database=unused;TrustServerCertificate=true" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_snapshot_is_current(DatabaseProvider provider, string connectionString)
    {
        using var context = new TipLineDbContext(TipLineDbContextOptions.Create(new DatabaseSettings(provider, connectionString)));
        Assert.Equal(MigrationsAssemblies.For(provider), context.GetService<IMigrationsAssembly>().Assembly.GetName().Name);
        Assert.Contains(context.Database.GetMigrations(), name => name.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.False(context.Database.HasPendingModelChanges(), $"{provider}: run src/add-migration.sh NAME after changing the model.");
    }

    [Fact]
    public void Sql_server_migration_script_generates()
    {
        using var context = new TipLineDbContext(TipLineDbContextOptions.Create(
            new DatabaseSettings(DatabaseProvider.SqlServer, "Server=unused.invalid;Database=unused;TrustServerCertificate=true")));
        var script = context.GetService<IMigrator>().GenerateScript();
        Assert.Contains("CREATE TABLE [Tips]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Channels_Slug]", script, StringComparison.Ordinal);
        Assert.DoesNotContain("datetime", script, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whistleblower-side data keeps days only. The only instants are staff-side: session lifetime and idle timeout,
    /// and sign-in lockout (ADR 0021); staff are not anonymous. Any other column able to hold a time fails here.
    /// </summary>
    [Fact]
    public void Only_staff_sessions_and_lockouts_hold_a_time_of_day()
    {
        using var context = new TipLineDbContext(TipLineDbContextOptions.Create(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=unused.db")));
        var timed = context.Model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties(), (entity, property) => (entity, property))
            .Where(pair => IsTimeOfDayType(Nullable.GetUnderlyingType(pair.property.ClrType) ?? pair.property.ClrType))
            .Select(pair => pair.entity.ClrType.Name + "." + pair.property.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["StaffSession.ExpiresAt", "StaffSession.LastSeenAt", "StaffSession.StartedAt", "StaffUser.LockedUntil"], timed);
    }

    private static bool IsTimeOfDayType(Type type) =>
        type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(TimeSpan);

    [Fact]
    public void Domain_ids_are_never_generated_by_the_database()
    {
        using var context = new TipLineDbContext(TipLineDbContextOptions.Create(
            new DatabaseSettings(DatabaseProvider.SqlServer, "Server=unused.invalid;Database=unused;TrustServerCertificate=true")));
        var generated = context.Model.GetEntityTypes()
            .Where(entity => entity.ClrType.Namespace?.StartsWith("TipLine.Domain", StringComparison.Ordinal) == true)
            .SelectMany(entity => entity.FindPrimaryKey()!.Properties)
            .Where(property => property.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never)
            .Select(property => property.DeclaringType.ClrType.Name + "." + property.Name)
            .ToList();
        Assert.Empty(generated);
    }
}
