using System.Formats.Tar;
using System.Text.Json;
using TipLine.Cli.Tests.Age;
using TipLine.Crypto.Age;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Persistence;
using TipLine.Testing.Environment;

namespace TipLine.Cli.Tests.Backups;

/// <summary>What a backup holds (read with the reference age CLI) and how restore refuses a damaged one without touching the target.</summary>
public sealed class BackupIntegrityTests : IDisposable
{
    private readonly BackupDeployment source = BackupDeployment.Create(DatabaseProvider.Sqlite);
    private readonly X25519Identity operatorKey = X25519Identity.Generate();

    public BackupIntegrityTests()
    {
        source.Initialise();
        File.WriteAllText(IdentityFile, operatorKey.ToSecretString() + "\n");
    }

    private string IdentityFile => source.File("operator-key.txt");

    [AgeCliFact]
    public async Task The_backup_opens_with_the_age_cli_and_holds_the_snapshot_referenced_blobs_keys_and_manifest_only()
    {
        await using (var context = source.OpenContext())
        {
            await source.SubmitTipAsync(context, await source.ChannelIdAsync());
        }

        var store = new FileSystemBlobStore(new BlobStoreOptions(source.BlobRoot));
        var orphan = await store.CreateAsync();
        await using (orphan)
        {
            await orphan.Content.WriteAsync(new byte[] { 1, 2, 3 });
            await orphan.CommitAsync();
        }

        // An upload still being written: a temporary file no row references.
        await using var pending = await store.CreateAsync();
        await pending.Content.WriteAsync(new byte[] { 4, 5, 6 });
        await pending.Content.FlushAsync();

        var backupFile = Backup();
        var opened = ProcessRunner.Age(null, "-d", "-i", IdentityFile, backupFile);
        Assert.True(opened.ExitCode == 0, "age -d failed: " + opened.StandardError);

        var entries = new Dictionary<string, byte[]>();
        var times = new List<DateTimeOffset>();
        using (var reader = new TarReader(new MemoryStream(opened.StandardOutput)))
        {
            while (reader.GetNextEntry(copyData: true) is { } entry)
            {
                using var data = new MemoryStream();
                entry.DataStream?.CopyTo(data);
                entries.Add(entry.Name, data.ToArray());
                times.Add(entry.ModificationTime);
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, entry.Mode);
            }
        }

        var blobEntries = entries.Keys.Where(n => n.StartsWith("blobs/", StringComparison.Ordinal)).ToList();
        Assert.Equal(BackupDeployment.FilesPerTip, blobEntries.Count);
        Assert.DoesNotContain(blobEntries, n => n.EndsWith(orphan.BlobName, StringComparison.Ordinal) || n.EndsWith(pending.BlobName, StringComparison.Ordinal));
        Assert.Equal(
            ["database/tipline.sqlite", "keys/dataprotection.pfx", "keys/deployment-salt.bin", "keys/server-signing.key", "manifest.json"],
            entries.Keys.Except(blobEntries).Order(StringComparer.Ordinal));
        Assert.StartsWith("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(entries["database/tipline.sqlite"], 0, 16), StringComparison.Ordinal);
        Assert.All(times, t => Assert.Equal(TimeSpan.Zero, t.TimeOfDay));

        using var manifest = JsonDocument.Parse(entries["manifest.json"]);
        Assert.Equal(1, manifest.RootElement.GetProperty("format").GetInt32());
        Assert.Equal("Sqlite", manifest.RootElement.GetProperty("provider").GetString());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), manifest.RootElement.GetProperty("day").GetString());
        var hashes = manifest.RootElement.GetProperty("entries").EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("sha256").GetString()!);
        Assert.Equal(entries.Keys.Where(n => n != "manifest.json").Order(StringComparer.Ordinal), hashes.Keys.Order(StringComparer.Ordinal));
        Assert.All(hashes, h => Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(entries[h.Key])), h.Value));
    }

    [Fact]
    public async Task A_backup_with_one_byte_flipped_in_an_entry_is_refused_and_nothing_is_restored()
    {
        await using (var context = source.OpenContext())
        {
            await source.SubmitTipAsync(context, await source.ChannelIdAsync());
        }

        var plaintext = AgeDecryptor.Decrypt(File.ReadAllBytes(Backup()), [operatorKey]);
        using var rewritten = new MemoryStream();
        using (var reader = new TarReader(new MemoryStream(plaintext)))
        using (var writer = new TarWriter(rewritten, TarEntryFormat.Ustar, leaveOpen: true))
        {
            var flipped = false;
            while (reader.GetNextEntry(copyData: true) is { } entry)
            {
                using var data = new MemoryStream();
                entry.DataStream!.CopyTo(data);
                var bytes = data.ToArray();
                if (!flipped && entry.Name.StartsWith("blobs/", StringComparison.Ordinal))
                {
                    bytes[bytes.Length / 2] ^= 0x01;
                    flipped = true;
                }

                writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, entry.Name) { DataStream = new MemoryStream(bytes) });
            }

            Assert.True(flipped);
        }

        var tampered = source.File("tampered.age");
        File.WriteAllBytes(tampered, AgeEncryptor.Encrypt(rewritten.ToArray(), [operatorKey.Recipient]));

        using var target = BackupDeployment.Create(DatabaseProvider.Sqlite);
        var restore = target.Run("restore", "--identity", IdentityFile, "--input", tampered);
        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("does not match the SHA-256 in the backup's manifest", restore.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was restored", restore.Error, StringComparison.Ordinal);
        AssertNothingRestored(target);
    }

    [Fact]
    public void A_backup_with_one_ciphertext_byte_flipped_is_refused_and_nothing_is_restored()
    {
        var bytes = File.ReadAllBytes(Backup());
        bytes[bytes.Length - 100] ^= 0x80;
        var damaged = source.File("damaged.age");
        File.WriteAllBytes(damaged, bytes);

        using var target = BackupDeployment.Create(DatabaseProvider.Sqlite);
        var restore = target.Run("restore", "--identity", IdentityFile, "--input", damaged);
        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("could not be decrypted and authenticated", restore.Error, StringComparison.Ordinal);
        AssertNothingRestored(target);
    }

    [Fact]
    public void Bad_arguments_are_refused_with_usage()
    {
        var secret = source.Run("backup", "--recipient", operatorKey.ToSecretString(), "--output", source.File("x.age"));
        Assert.Equal(2, secret.ExitCode);
        Assert.Contains("secret key", secret.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(operatorKey.ToSecretString(), secret.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(source.File("x.age")));

        var missing = source.Run("restore", "--input", source.File("x.age"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Usage: tipline restore", missing.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        operatorKey.Dispose();
        source.Dispose();
    }

    private static void AssertNothingRestored(BackupDeployment target)
    {
        Assert.False(File.Exists(target.DatabasePath), "the database was restored from a damaged backup");
        Assert.False(Directory.Exists(target.BlobRoot) && Directory.EnumerateFiles(target.BlobRoot, "*", SearchOption.AllDirectories).Any(), "blobs were restored from a damaged backup");
        Assert.False(Directory.Exists(target.KeyDirectory) && Directory.EnumerateFiles(target.KeyDirectory).Any(), "keys were restored from a damaged backup");
        Assert.Empty(target.LeftoverTemporaryFiles());
    }

    private string Backup()
    {
        var file = source.File($"backup-{Guid.NewGuid():N}.age");
        var result = source.Run("backup", "--recipient", operatorKey.Recipient.ToString(), "--output", file);
        Assert.True(result.ExitCode == 0, "backup failed: " + result.Error);
        return file;
    }
}
