using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TipLine.Crypto.Age;
using TipLine.Infrastructure.Blobs;
using TipLine.Infrastructure.Persistence;
using TipLine.Testing.Environment;

namespace TipLine.Cli.Tests.Backups;

/// <summary>
/// "tipline backup" then "tipline restore" into a fresh deployment, with tips still arriving while the backup runs:
/// the restored deployment holds exactly the tips committed before the snapshot, each whole, every blob with its
/// recorded hash, the same key files, and an audit chain that still verifies.
/// </summary>
public sealed class BackupRoundTripTests
{
    [Fact]
    public Task Sqlite_round_trip_while_submissions_continue() => RoundTripWhileSubmissionsContinueAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_round_trip_while_submissions_continue() => RoundTripWhileSubmissionsContinueAsync(DatabaseProvider.Postgres);

    private static async Task RoundTripWhileSubmissionsContinueAsync(DatabaseProvider provider)
    {
        using var source = BackupDeployment.Create(provider);
        source.Initialise();
        var channel = await source.ChannelIdAsync();
        var submitted = new List<Guid>();
        await using (var context = source.OpenContext())
        {
            for (var i = 0; i < 5; i++)
            {
                submitted.Add(await source.SubmitTipAsync(context, channel));
            }
        }

        using var operatorKey = X25519Identity.Generate();
        var identityFile = source.File("operator-key.txt");
        await File.WriteAllTextAsync(identityFile, operatorKey.ToSecretString() + "\n");
        var backupFile = source.File("tipline-backup.age");

        using var stop = new CancellationTokenSource();
        var firstConcurrent = new TaskCompletionSource();
        var writer = Task.Run(async () =>
        {
            await using var context = source.OpenContext();
            while (!stop.IsCancellationRequested)
            {
                var id = await source.SubmitTipAsync(context, channel);
                lock (submitted)
                {
                    submitted.Add(id);
                }

                firstConcurrent.TrySetResult();
            }
        });
        await firstConcurrent.Task;
        var backup = await Task.Run(() => source.Run("backup", "--recipient", operatorKey.Recipient.ToString(), "--output", backupFile));
        await Task.Delay(200);
        await stop.CancelAsync();
        await writer;

        Assert.True(backup.ExitCode == 0, "backup failed: " + backup.Error);
        Assert.Empty(source.LeftoverTemporaryFiles());
        Assert.StartsWith("age-encryption.org/v1\n", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(backupFile).AsSpan(0, 22)), StringComparison.Ordinal);

        using var target = BackupDeployment.Create(provider);
        var restore = target.Run("restore", "--identity", identityFile, "--input", backupFile);
        Assert.True(restore.ExitCode == 0, "restore failed: " + restore.Error);
        Assert.Empty(target.LeftoverTemporaryFiles());

        List<Guid> restoredTips;
        List<TipLine.Domain.Tips.Attachment> attachments;
        await using (var context = target.OpenContext())
        {
            restoredTips = await context.Tips.Select(t => t.Id).ToListAsync();
            attachments = await context.Attachments.AsNoTracking().ToListAsync();
        }

        // One writer commits tips in list order, so a consistent snapshot holds exactly a prefix of that list.
        Assert.InRange(restoredTips.Count, 6, submitted.Count - 1);
        Assert.Equal(submitted.Take(restoredTips.Count).Order(), restoredTips.Order());
        Assert.All(restoredTips, tip => Assert.Equal(BackupDeployment.FilesPerTip, attachments.Count(a => a.TipId == tip)));
        var store = new FileSystemBlobStore(new BlobStoreOptions(target.BlobRoot));
        Assert.All(attachments, a => Assert.Equal(a.CiphertextSha256, SHA256.HashData(File.ReadAllBytes(store.PathOf(a.BlobName)))));
        Assert.Equal(await source.FingerprintAsync(restoredTips), await target.FingerprintAsync());
        Assert.Equal(File.ReadAllBytes(source.KeyFiles[0]), File.ReadAllBytes(target.KeyFiles[0]));
        Assert.Equal(File.ReadAllBytes(source.KeyFiles[1]), File.ReadAllBytes(target.KeyFiles[1]));

        // The embedded default keeps the Data Protection certificate in the data directory; a configured one is a
        // secret backed up apart from the database (ADR 0010).
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal(File.ReadAllBytes(source.KeyFiles[2]), File.ReadAllBytes(target.KeyFiles[2]));
        }
        else
        {
            Assert.False(File.Exists(target.KeyFiles[2]));
            Assert.Contains("ADR 0010", backup.Error, StringComparison.Ordinal);
        }

        var verified = target.Run("audit", "verify");
        Assert.True(verified.ExitCode == 0, "audit verify failed on the restored deployment: " + verified.Error);
        Assert.Equal(source.Run("audit", "verify").Output, verified.Output);

        var again = target.Run("restore", "--identity", identityFile, "--input", backupFile);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("not empty", again.Error, StringComparison.Ordinal);

        var forced = target.Run("restore", "--identity", identityFile, "--input", backupFile, "--force");
        Assert.True(forced.ExitCode == 0, "restore --force failed: " + forced.Error);
        Assert.Equal(await source.FingerprintAsync(restoredTips), await target.FingerprintAsync());
        Assert.Equal(0, target.Run("audit", "verify").ExitCode);
    }
}
