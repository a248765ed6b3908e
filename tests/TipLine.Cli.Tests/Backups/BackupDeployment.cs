using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TipLine.Cli.Tests.Age;
using TipLine.Cli.Tests.Channels;
using TipLine.Crypto.Signing;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Persistence;
using TipLine.Infrastructure.Security;
using TipLine.Testing.Environment;
using TipLine.Testing.Processes;

namespace TipLine.Cli.Tests.Backups;

/// <summary>
/// A deployment in a scratch directory (SQLite file, or a fresh database on the test PostgreSQL server) with its own
/// blob and key directories, configured through environment variables as an operator's shell would; the real
/// tipline process runs against it. Tips are seeded as intake stores them: blobs committed first, then the rows.
/// </summary>
public sealed class BackupDeployment : IDisposable
{
    public const int FilesPerTip = 2;

    private readonly TempDirectory directory = new();
    private readonly string? postgresDatabase;

    private BackupDeployment(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Postgres)
        {
            postgresDatabase = "tipline_backup_" + Guid.NewGuid().ToString("N")[..16];
            ExecutePostgres(TestEnvironment.PostgresConnectionString!, $"CREATE DATABASE \"{postgresDatabase}\"");
            ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = postgresDatabase, Pooling = false }.ConnectionString;
        }
        else
        {
            ConnectionString = $"Data Source={DatabasePath};Pooling=False";
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string DatabasePath => directory.File("data/tipline.db");

    public string BlobRoot => directory.File("data/blobs");

    public string KeyDirectory => directory.File("data/keys");

    public string DataDirectory => directory.File("data");

    /// <summary>The key files as the service finds them: on PostgreSQL named in configuration, on SQLite in the key directory.</summary>
    public IReadOnlyList<string> KeyFiles =>
    [
        Path.Combine(KeyDirectory, ServerKeyFiles.SigningKeyFileName),
        Path.Combine(KeyDirectory, ServerKeyFiles.DeploymentSaltFileName),
        Path.Combine(KeyDirectory, DataProtectionCertificate.DefaultFileName),
    ];

    private Dictionary<string, string> Environment
    {
        get
        {
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = Provider.ToString(),
                ["ConnectionStrings__TipLine"] = ConnectionString,
                ["Storage__BlobDirectory"] = BlobRoot,
                ["TipLine__KeyDirectory"] = KeyDirectory,
                ["TIPLINE_INIT_PASSWORD"] = "pangolin-scales-are-not-medicine",
            };
            if (Provider == DatabaseProvider.Postgres)
            {
                // A server provider must name its key files, as production does.
                environment["TipLine__SigningKeyFile"] = KeyFiles[0];
                environment["TipLine__DeploymentSaltFile"] = KeyFiles[1];
                environment["DataProtection__CertificatePath"] = KeyFiles[2];
            }

            return environment;
        }
    }

    public static BackupDeployment Create(DatabaseProvider provider) => new(provider);

    public string File(string name) => directory.File(name);

    /// <summary>Creates the key files the service would have (on PostgreSQL the operator makes them), then runs "tipline init".</summary>
    public void Initialise()
    {
        Directory.CreateDirectory(KeyDirectory);
        if (Provider == DatabaseProvider.Postgres)
        {
            using var key = Ed25519SigningKey.Generate();
            System.IO.File.WriteAllText(KeyFiles[0], key.ExportPrivateKeyBase64() + "\n");
        }

        // On SQLite the web host creates the salt on first start (init creates only the signing key).
        System.IO.File.WriteAllBytes(KeyFiles[1], RandomNumberGenerator.GetBytes(32));

        DataProtectionCertificate.LoadOrCreate(KeyFiles[2]).Dispose();
        var result = Run("init", "--organisation", "Pangolin Watch", "--type", "IntakeUnit", "--jurisdiction", "CM", "--user", "admin");
        Assert.True(result.ExitCode == 0, "init failed: " + result.Error);
    }

    public CliRun Run(params string[] arguments)
    {
        var result = ChildProcess.Run(ProcessRunner.TiplinePath, null, arguments, Environment, directory.Path);
        return new CliRun(result.ExitCode, Encoding.UTF8.GetString(result.StandardOutput), result.StandardError);
    }

    public TipLineDbContext OpenContext() =>
        new(TipLineDbContextOptions.Create(new DatabaseSettings(Provider, ConnectionString)));

    /// <summary>One tip with <see cref="FilesPerTip"/> attachments: blobs committed to the store, then all rows in one transaction.</summary>
    public async Task<Guid> SubmitTipAsync(TipLineDbContext context, Guid channelId)
    {
        var store = new FileSystemBlobStore(new BlobStoreOptions(BlobRoot));
        var day = new DateOnly(2026, 11, 23);
        var tip = new Tip(Guid.NewGuid(), channelId, day, "age1tip" + new string('p', 55), "age1wb" + new string('w', 56), RandomNumberGenerator.GetBytes(300), RandomNumberGenerator.GetBytes(64));
        context.Tips.Add(tip);
        for (var position = 0; position < FilesPerTip; position++)
        {
            var content = RandomNumberGenerator.GetBytes(1000 + Random.Shared.Next(5000));
            var blob = await store.CreateAsync();
            await using (blob)
            {
                await blob.Content.WriteAsync(content);
                await blob.CommitAsync();
            }

            context.Add(new Attachment(Guid.NewGuid(), tip.Id, null, position, blob.BlobName, content.Length, SHA256.HashData(content), day));
        }

        await context.SaveChangesAsync();
        context.ChangeTracker.Clear();
        return tip.Id;
    }

    public async Task<Guid> ChannelIdAsync()
    {
        await using var context = OpenContext();
        return await context.Channels.Select(c => c.Id).SingleAsync();
    }

    /// <summary>The rows a restore must reproduce, as text: organisations, staff, channels, tips, attachments and the audit chain.</summary>
    public async Task<string> FingerprintAsync(IReadOnlyCollection<Guid>? onlyTips = null)
    {
        await using var context = OpenContext();
        var text = new StringBuilder();
        foreach (var o in await context.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync())
        {
            text.AppendLine($"org {o.Id} {o.Name}");
        }

        foreach (var u in await context.StaffUsers.AsNoTracking().OrderBy(u => u.Id).ToListAsync())
        {
            text.AppendLine($"user {u.Id} {u.UserName} {u.PasswordHash}");
        }

        foreach (var c in await context.Channels.AsNoTracking().OrderBy(c => c.Id).ToListAsync())
        {
            text.AppendLine($"channel {c.Id} {c.Slug}");
        }

        var tips = await context.Tips.AsNoTracking().ToListAsync();
        foreach (var t in tips.Where(t => onlyTips is null || onlyTips.Contains(t.Id)).OrderBy(t => t.Id))
        {
            text.AppendLine($"tip {t.Id} {Convert.ToHexString(t.AnswersCiphertext)}");
        }

        var attachments = await context.Attachments.AsNoTracking().ToListAsync();
        foreach (var a in attachments.Where(a => onlyTips is null || onlyTips.Contains(a.TipId)).OrderBy(a => a.Id))
        {
            text.AppendLine($"attachment {a.Id} {a.TipId} {a.BlobName} {Convert.ToHexString(a.CiphertextSha256)}");
        }

        foreach (var e in await context.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync())
        {
            text.AppendLine($"audit {e.Sequence} {e.Action} {Convert.ToHexString(e.Hash)} {Convert.ToHexString(e.Signature)}");
        }

        return text.ToString();
    }

    /// <summary>Plaintext left behind by backup or restore: their temporary files all start with ".tipline-".</summary>
    public IReadOnlyList<string> LeftoverTemporaryFiles() =>
        Directory.Exists(DataDirectory)
            ? Directory.EnumerateFileSystemEntries(DataDirectory, ".tipline-*", SearchOption.AllDirectories).ToList()
            : [];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            ExecutePostgres(TestEnvironment.PostgresConnectionString!, $"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)");
        }

        directory.Dispose();
    }

    private static void ExecutePostgres(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
