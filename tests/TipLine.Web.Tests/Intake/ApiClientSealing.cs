using TipLine.Crypto.Age;
using TipLine.Crypto.Padding;

namespace TipLine.Web.Tests.Intake;

/// <summary>
/// The browser's encryption steps, done with TipLine.Crypto: documents (answers, messages) and files are Padmé-padded
/// and then age-encrypted to the tip key's recipient; opening reverses both.
/// </summary>
internal static class ApiClientSealing
{
    /// <summary>A small document (JSON) padded and encrypted to <paramref name="tipRecipient"/>.</summary>
    public static byte[] SealDocument(ReadOnlySpan<byte> plaintext, string tipRecipient) =>
        AgeEncryptor.Encrypt(PlaintextPadding.Pad(plaintext), [X25519Recipient.Parse(tipRecipient)]);

    /// <summary>A file streamed through padding into age, as the browser's upload does before chunking.</summary>
    public static byte[] EncryptFile(byte[] plaintext, string tipRecipient)
    {
        using var output = new MemoryStream();
        var encrypting = AgeEncryptor.CreateEncryptingStream(output, [X25519Recipient.Parse(tipRecipient)], leaveOpen: true);
        using (var padding = new PaddingWriteStream(encrypting))
        {
            padding.Write(plaintext);
        }

        return output.ToArray();
    }

    /// <summary>Opens a document sealed by <see cref="SealDocument"/> (or by the server, which seals the same way).</summary>
    public static byte[] OpenDocument(ReadOnlySpan<byte> ciphertext, X25519Identity tipKey) =>
        PlaintextPadding.Unpad(AgeDecryptor.Decrypt(ciphertext, [tipKey]));

    /// <summary>Opens a file made by <see cref="EncryptFile"/>.</summary>
    public static byte[] DecryptFile(byte[] ciphertext, X25519Identity tipKey)
    {
        using var input = new MemoryStream(ciphertext, writable: false);
        using var plaintext = new PaddingReadStream(AgeDecryptor.OpenDecryptingStream(input, [tipKey]));
        using var copy = new MemoryStream();
        plaintext.CopyTo(copy);
        return copy.ToArray();
    }
}
