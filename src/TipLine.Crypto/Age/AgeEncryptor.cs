using System.Security.Cryptography;
using TipLine.Crypto.Age.Armor;
using TipLine.Crypto.Age.Format;
using TipLine.Crypto.Age.Payload;

namespace TipLine.Crypto.Age;

/// <summary>Encrypts to the age v1 format (age-encryption.org/v1), streaming in 64 KiB chunks.</summary>
public static class AgeEncryptor
{
    private const int CopyBufferSize = 1024 * 1024;

    /// <summary>
    /// Writes the header now and returns a stream to write plaintext into; disposing it seals the last chunk.
    /// A stream abandoned without Dispose leaves a truncated file that decryptors reject.
    /// </summary>
    public static Stream CreateEncryptingStream(Stream output, IReadOnlyList<IAgeRecipient> recipients, bool armor = false, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(recipients);
        if (recipients.Count == 0)
        {
            throw new ArgumentException("At least one recipient is required.", nameof(recipients));
        }

        var fileKey = AgeKeySchedule.CreateFileKey();
        Span<byte> payloadKey = stackalloc byte[AgeKeySchedule.KeySize];
        try
        {
            var stanzas = WrapForAll(recipients, fileKey);
            var header = AgeHeaderWriter.Write(stanzas, fileKey);
            var nonce = RandomNumberGenerator.GetBytes(AgeKeySchedule.PayloadNonceSize);
            AgeKeySchedule.DerivePayloadKey(fileKey, nonce, payloadKey);

            var armorStream = armor ? new ArmorEncodingStream(output) : null;
            var target = (Stream?)armorStream ?? output;
            target.Write(header);
            target.Write(nonce);
            return new AgeEncryptingStream(output, armorStream, leaveOpen, payloadKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
            CryptographicOperations.ZeroMemory(payloadKey);
        }
    }

    public static async Task EncryptAsync(Stream plaintext, Stream output, IReadOnlyList<IAgeRecipient> recipients, bool armor = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var encrypting = CreateEncryptingStream(output, recipients, armor, leaveOpen: true);
        await using (encrypting.ConfigureAwait(false))
        {
            await plaintext.CopyToAsync(encrypting, CopyBufferSize, ct).ConfigureAwait(false);
        }
    }

    public static byte[] Encrypt(ReadOnlySpan<byte> plaintext, IReadOnlyList<IAgeRecipient> recipients, bool armor = false)
    {
        using var output = new MemoryStream();
        using (var encrypting = CreateEncryptingStream(output, recipients, armor, leaveOpen: true))
        {
            encrypting.Write(plaintext);
        }

        return output.ToArray();
    }

    private static List<AgeStanza> WrapForAll(IReadOnlyList<IAgeRecipient> recipients, byte[] fileKey)
    {
        var stanzas = new List<AgeStanza>();
        foreach (var recipient in recipients)
        {
            ArgumentNullException.ThrowIfNull(recipient, nameof(recipients));
            stanzas.AddRange(recipient.Wrap(fileKey));
        }

        // A passphrase file must carry a single stanza, or anyone holding another recipient could forge it.
        if (stanzas.Count > 1 && recipients.Any(r => r.MustBeAlone))
        {
            throw new AgeException(AgeError.ScryptNotAlone, "A passphrase recipient cannot be combined with other recipients.");
        }

        return stanzas;
    }
}
