using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TipLine.Application.Abstractions;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Keys;
using TipLine.Domain.Messaging;
using TipLine.Domain.Tips;
using TipLine.Infrastructure.Persistence;

namespace TipLine.Web.Tests.Durability;

/// <summary>
/// Reads an installation's database and blob directory with no server running and lists every trace of a half
/// tip: a tip without its receipt index entry, its wraps, its acknowledgement or an attachment its answers name;
/// an attachment whose blob is missing or differs from what was recorded; a blob file nothing references; a
/// temporary upload file.
/// </summary>
internal static class StorageAudit
{
    public static async Task<StorageAuditReport> RunAsync(ServerInstallation installation, X25519Identity investigator)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentNullException.ThrowIfNull(investigator);
        await using var services = installation.CreateStorageServices();
        await using var scope = services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<TipLineDbContext>();
        var blobs = scope.ServiceProvider.GetRequiredService<IBlobStore>();

        var tips = await database.Tips.AsNoTracking().ToListAsync();
        var wraps = (await database.TipKeyWraps.AsNoTracking().ToListAsync()).ToLookup(w => w.TipId);
        var receiptRows = (await database.ReceiptIndex.AsNoTracking().ToListAsync()).ToLookup(r => r.TipId);
        var messages = (await database.Messages.AsNoTracking().ToListAsync()).ToLookup(m => m.TipId);
        var attachments = await database.Attachments.AsNoTracking().ToListAsync();
        var attachmentsByTip = attachments.ToLookup(a => a.TipId);

        var problems = new List<string>();
        var whole = 0;
        foreach (var tip in tips)
        {
            var defects = new List<string>();
            if (receiptRows[tip.Id].Count() != 1)
            {
                defects.Add($"{receiptRows[tip.Id].Count()} receipt index rows");
            }

            var expectedHolders = new[] { investigator.Recipient.ToString(), tip.WhistleblowerPublicKey };
            var holders = wraps[tip.Id].Select(w => w.RecipientPublicKey).ToList();
            if (holders.Count != expectedHolders.Length || !holders.ToHashSet(StringComparer.Ordinal).SetEquals(expectedHolders))
            {
                defects.Add($"{holders.Count} key wraps instead of one for the investigator and one for the whistleblower");
            }

            var investigatorWrap = wraps[tip.Id].FirstOrDefault(w => w.RecipientPublicKey == expectedHolders[0]);
            if (investigatorWrap is not null)
            {
                defects.AddRange(await ContentDefectsAsync(tip, investigatorWrap, messages[tip.Id].ToList(), attachmentsByTip[tip.Id].ToList(), blobs, investigator));
            }

            if (defects.Count == 0)
            {
                whole++;
            }
            else
            {
                problems.AddRange(defects.Select(d => $"tip {tip.Id}: {d}"));
            }
        }

        var tipIds = tips.Select(t => t.Id).ToHashSet();
        problems.AddRange(attachments.Where(a => !tipIds.Contains(a.TipId)).Select(a => $"attachment {a.Id} belongs to no tip"));
        problems.AddRange(StrayFiles(installation.BlobDirectory, attachments.Select(a => a.BlobName).ToHashSet(StringComparer.Ordinal)));
        return new StorageAuditReport(tips.Count, whole, problems);
    }

    /// <summary>
    /// Committed blob files (not temporary ones) that no attachment row references: what a kill between a blob's
    /// rename and the database commit leaves for the next start-up sweep. Read while no server runs.
    /// </summary>
    public static async Task<int> CountUnreferencedBlobsAsync(ServerInstallation installation)
    {
        ArgumentNullException.ThrowIfNull(installation);
        await using var services = installation.CreateStorageServices();
        await using var scope = services.CreateAsyncScope();
        var blobs = scope.ServiceProvider.GetRequiredService<IBlobStore>();
        var referenced = (await scope.ServiceProvider.GetRequiredService<TipLineDbContext>().Attachments.AsNoTracking()
            .Select(a => a.BlobName).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var unreferenced = 0;
        await foreach (var name in blobs.ListAsync())
        {
            unreferenced += referenced.Contains(name) ? 0 : 1;
        }

        return unreferenced;
    }

    /// <summary>Opens the tip as its investigator would: the acknowledgement, the answers and every attachment they name.</summary>
    private static async Task<IReadOnlyList<string>> ContentDefectsAsync(
        Tip tip, TipKeyWrap investigatorWrap, List<Message> messages, List<Attachment> attachments, IBlobStore blobs, X25519Identity investigator)
    {
        var defects = new List<string>();
        try
        {
            using var tipKey = TipKey.Unwrap(investigatorWrap.WrappedKey, investigator);
            var acknowledgement = messages.SingleOrDefault(m => m.Sequence == 1 && m.Direction == MessageDirection.ToWhistleblower);
            if (acknowledgement is null || tip.AcknowledgedOn is null
                || MessageBody.FromUtf8Json(TipSealing.OpenWithTipKey(acknowledgement.BodyCiphertext, tipKey)).Body.Length == 0)
            {
                defects.Add("no acknowledgement message");
            }

            var answers = TipAnswers.FromUtf8Json(TipSealing.OpenWithTipKey(tip.AnswersCiphertext, tipKey));
            var positions = attachments.Where(a => a.MessageId is null).Select(a => a.Position).Order().ToList();
            if (!positions.SequenceEqual(Enumerable.Range(0, answers.Files.Count)))
            {
                defects.Add($"the answers name {answers.Files.Count} file(s) but attachments sit at positions [{string.Join(',', positions)}]");
            }
        }
        catch (Exception error) when (error is AgeException or System.Text.Json.JsonException)
        {
            defects.Add("cannot be opened with the investigator's key: " + error.Message);
        }

        foreach (var attachment in attachments)
        {
            if (!await blobs.ExistsAsync(attachment.BlobName))
            {
                defects.Add($"attachment {attachment.Id}: blob {attachment.BlobName} is missing");
                continue;
            }

            await using var blob = await blobs.OpenReadAsync(attachment.BlobName);
            var hash = await SHA256.HashDataAsync(blob);
            if (blob.Length != attachment.CiphertextLength || !hash.AsSpan().SequenceEqual(attachment.CiphertextSha256))
            {
                defects.Add($"attachment {attachment.Id}: blob {attachment.BlobName} differs from the recorded length and hash");
            }
        }

        return defects;
    }

    private static IEnumerable<string> StrayFiles(string blobDirectory, HashSet<string> referenced)
    {
        if (!Directory.Exists(blobDirectory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(blobDirectory, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            var relative = Path.GetRelativePath(blobDirectory, path);
            if (name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                yield return $"temporary upload file left behind: {relative}";
            }
            else if (!referenced.Contains(name))
            {
                yield return $"blob file no attachment references: {relative}";
            }
        }
    }
}
