using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace TipLine.Infrastructure.Persistence;

/// <summary>Which database to use and how to reach it, read from <c>Database:Provider</c> and <c>ConnectionStrings:TipLine</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "TipLine";
    public const string DefaultSqliteConnectionString = "Data Source=./data/tipline.db";

    /// <summary>Reads the settings; relative SQLite paths resolve against the content root (or the working directory) and their directory is created.</summary>
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, IHostEnvironment? environment = null)
    {
        var (provider, connectionString) = ReadConfigured(configuration);
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = PrepareSqliteFile(
                string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnectionString : connectionString,
                environment?.ContentRootPath ?? Directory.GetCurrentDirectory());
        }

        return new DatabaseSettings(provider, connectionString!);
    }

    /// <summary>
    /// The provider and connection string exactly as configured, without touching the file system. A server
    /// provider without a connection string is refused; for SQLite it may be null (the embedded default applies).
    /// </summary>
    public static (DatabaseProvider Provider, string? ConnectionString) ReadConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = ParseProvider(configuration[ProviderKey]);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Database:Provider is {provider} but ConnectionStrings:{ConnectionStringName} is not set; name the production database explicitly.");
        }

        return (provider, connectionString);
    }

    public static DatabaseProvider ParseProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return value.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            "SQLSERVER" or "MSSQL" => DatabaseProvider.SqlServer,
            _ => throw new InvalidOperationException(
                $"Database:Provider '{value}' is not supported; use Sqlite, Postgres or SqlServer."),
        };
    }

    private static string PrepareSqliteFile(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var isFile = !string.IsNullOrEmpty(dataSource)
            && !string.Equals(dataSource, ":memory:", StringComparison.Ordinal)
            && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && builder.Mode != SqliteOpenMode.Memory;
        if (isFile)
        {
            var fullPath = Path.GetFullPath(dataSource, baseDirectory);
            var directory = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                PrivateDirectory.Create(directory);
            }

            builder.DataSource = fullPath;
        }

        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
