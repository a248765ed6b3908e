using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TipLine.Application.Abstractions;
using TipLine.Application.Access;
using TipLine.Application.Errors;
using TipLine.Application.Intake.Plaintext;
using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Application.Tips;

/// <summary>
/// Finds a tip's file for a staff member and opens its key, scoped like every back-office read: a file of a tip the
/// actor's organisation cannot see, or whose key the actor holds no wrap of, is "not found".
/// </summary>
public sealed class TipAttachmentFiles(ITipLineDatabase database, ICurrentActor actor, TipKeys tipKeys, IBlobStore blobs)
{
    /// <summary>The largest plaintext decrypted into memory for inspection or sanitising; larger files can only be downloaded.</summary>
    public const long LargestInMemoryBytes = 256L * 1024 * 1024;

    /// <summary>Used when the sender gave no usable name.</summary>
    public const string UnnamedFile = "file";

    public async Task<OpenedTipAttachment> OpenAsync(Guid tipId, Guid attachmentId, CancellationToken cancellationToken)
    {
        var organisationId = actor.RequireOrganisation();
        var found = await database.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.TipId == tipId)
            .Join(database.Tips.VisibleTo(database, organisationId), a => a.TipId, t => t.Id, (a, t) => new
            {
                a.BlobName,
                a.CiphertextLength,
                a.Position,
                t.AnswersCiphertext,
                MessageCiphertext = database.Messages.Where(m => m.Id == a.MessageId).Select(m => m.BodyCiphertext).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("attachment");

        var tipKey = await tipKeys.OpenAsync(tipId, cancellationToken).ConfigureAwait(false);
        var description = AttachmentDescription.Find(tipKey, found.AnswersCiphertext, found.MessageCiphertext, found.Position);
        return new OpenedTipAttachment(attachmentId, found.BlobName, found.CiphertextLength, NameOf(description), description?.Size, tipKey);
    }

    /// <summary>The name the sender gave a file, or <see cref="UnnamedFile"/> when they gave none.</summary>
    public static string NameOf(AttachmentDescription? description) =>
        string.IsNullOrWhiteSpace(description?.Name) ? UnnamedFile : description.Name;

    /// <summary>The whole plaintext in memory, or null when it exceeds <see cref="LargestInMemoryBytes"/>.</summary>
    public async Task<DecryptedFile?> ReadIntoMemoryAsync(OpenedTipAttachment file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.DeclaredSize > LargestInMemoryBytes)
        {
            return null;
        }

        // Age and padding only add bytes, so the ciphertext's length bounds the plaintext's; one byte more than the
        // limit is enough to tell a file that is too large.
        var buffer = new byte[Math.Min(file.CiphertextLength, LargestInMemoryBytes + 1)];
        var length = 0;
        try
        {
            await using var ciphertext = await blobs.OpenReadAsync(file.BlobName, cancellationToken).ConfigureAwait(false);
            await using var plaintext = new PaddingReadStream(AgeDecryptor.OpenDecryptingStream(ciphertext, [file.TipKey]));
            int read;
            while (length < buffer.Length
                && (read = await plaintext.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
        }
        catch
        {
            CryptographicOperations.ZeroMemory(buffer);
            throw;
        }

        if (length > LargestInMemoryBytes)
        {
            CryptographicOperations.ZeroMemory(buffer);
            return null;
        }

        return new DecryptedFile(buffer, length);
    }
}
