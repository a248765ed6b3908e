namespace TipLine.Infrastructure.Persistence;

/// <summary>The database engines TipLine ships migrations for; chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
