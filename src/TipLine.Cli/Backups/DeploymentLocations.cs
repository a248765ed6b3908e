using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Security;

namespace TipLine.Cli.Backups;

/// <summary>
/// Where a deployment keeps what a backup must hold, read from the service's configuration exactly as the web host
/// reads it: the database, the blob directory and the server's key files (signing key, deployment salt, Data
/// Protection certificates), each under a fixed entry name in the backup.
/// </summary>
internal sealed record DeploymentLocations(
    DatabaseSettings Database,
    string? SqliteFile,
    string BlobRoot,
    string KeyDirectory,
    IReadOnlyDictionary<string, string> KeyFiles,
    IReadOnlySet<string> SeparateSecrets)
{
    public const string KeyEntryPrefix = "keys/";

    /// <summary>A private directory on the data volume for temporary plaintext (never /tmp, which may be shared or unencrypted).</summary>
    public string WorkDirectory => SqliteFile is { } file ? Path.GetDirectoryName(file)! : Path.GetDirectoryName(BlobRoot)!;

    public static DeploymentLocations FromConfiguration(IConfiguration configuration, string baseDirectory)
    {
        var database = DatabaseSettings.FromConfiguration(configuration);
        string? sqliteFile = null;
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var dataSource = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                throw new BackupException("backups need a SQLite database file (Data Source=PATH), not an in-memory or URI database.");
            }

            sqliteFile = Path.GetFullPath(dataSource, baseDirectory);
        }

        var configuredBlobs = configuration[BlobStoreOptions.DirectoryKey];
        var blobRoot = Path.GetFullPath(string.IsNullOrWhiteSpace(configuredBlobs) ? BlobStoreOptions.DefaultDirectory : configuredBlobs, baseDirectory);
        var keyDirectory = Path.GetFullPath(ServerKeyFiles.KeyDirectory(configuration), baseDirectory);
        string KeyPath(string settingKey, string defaultName) =>
            string.IsNullOrWhiteSpace(configuration[settingKey])
                ? Path.Combine(keyDirectory, defaultName)
                : Path.GetFullPath(configuration[settingKey]!, baseDirectory);

        var keys = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [KeyEntryPrefix + ServerKeyFiles.SigningKeyFileName] = KeyPath(ServerKeyFiles.SigningKeyFileKey, ServerKeyFiles.SigningKeyFileName),
            [KeyEntryPrefix + ServerKeyFiles.DeploymentSaltFileName] = KeyPath(ServerKeyFiles.DeploymentSaltFileKey, ServerKeyFiles.DeploymentSaltFileName),
            [KeyEntryPrefix + DataProtectionCertificate.DefaultFileName] = KeyPath(TipLineDataProtectionServiceCollectionExtensions.CertificatePathKey, DataProtectionCertificate.DefaultFileName),
        };

        // ADR 0010: a Data Protection certificate named in configuration is a deployment secret backed up apart from
        // the database, so it is left out unless asked for; the embedded default keeps it in the data directory.
        var separate = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(configuration[TipLineDataProtectionServiceCollectionExtensions.CertificatePathKey]))
        {
            separate.Add(KeyEntryPrefix + DataProtectionCertificate.DefaultFileName);
        }

        // Older certificates still unprotect old key-ring entries, so they may travel too, in their configured order.
        var previous = configuration[TipLineDataProtectionServiceCollectionExtensions.PreviousCertificatePathsKey];
        var index = 0;
        foreach (var path in (previous ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = $"{KeyEntryPrefix}dataprotection-previous-{++index}.pfx";
            keys[name] = Path.GetFullPath(path, baseDirectory);
            separate.Add(name);
        }

        return new DeploymentLocations(database, sqliteFile, blobRoot, keyDirectory, keys, separate);
    }

    /// <summary>Where a key entry is restored: its configured file, else a file of the same name in the key directory.</summary>
    public string KeyDestination(string entryName) =>
        KeyFiles.TryGetValue(entryName, out var path) ? path : Path.Combine(KeyDirectory, entryName[KeyEntryPrefix.Length..]);

    public static string BlobEntryName(string blobName) => $"blobs/{blobName[..2]}/{blobName[2..4]}/{blobName}";
}
