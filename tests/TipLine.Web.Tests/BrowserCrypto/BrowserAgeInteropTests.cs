using System.Security.Cryptography;
using System.Text;
using TipLine.Crypto.Age;

namespace TipLine.Web.Tests.BrowserCrypto;

/// <summary>age files travel both ways between typage (the browser's age, noble X25519 path) and TipLine.Crypto.</summary>
public sealed class BrowserAgeInteropTests
{
    private static readonly byte[] AgeMagic = Encoding.ASCII.GetBytes("age-encryption.org/v1\n");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65536)]
    [InlineData(200000)]
    public void File_encrypted_by_typage_is_decrypted_by_TipLine(int size)
    {
        using var identity = X25519Identity.Generate();
        var plaintext = RandomNumberGenerator.GetBytes(size);

        var ciphertext = ClientAppScripts.RunSuccessfully("age-encrypt.mjs", [identity.Recipient.ToString()], plaintext);

        Assert.True(ciphertext.AsSpan().StartsWith(AgeMagic), "typage did not write a binary age file.");
        Assert.Equal(plaintext, AgeDecryptor.Decrypt(ciphertext, [identity]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65536)]
    [InlineData(200000)]
    public void File_encrypted_by_TipLine_is_decrypted_by_typage(int size)
    {
        using var identity = X25519Identity.Generate();
        var plaintext = RandomNumberGenerator.GetBytes(size);
        var ciphertext = AgeEncryptor.Encrypt(plaintext, [identity.Recipient]);

        var decrypted = ClientAppScripts.RunSuccessfully("age-decrypt.mjs", [identity.ToSecretString()], ciphertext);

        Assert.Equal(plaintext, decrypted);
    }

    [Theory]
    [InlineData(TamperedByte.FirstPayloadCiphertextByte)]
    [InlineData(TamperedByte.LastByte)]
    public void File_made_by_TipLine_with_one_flipped_payload_byte_is_refused_by_typage(TamperedByte where)
    {
        using var identity = X25519Identity.Generate();
        var ciphertext = AgeEncryptor.Encrypt(RandomNumberGenerator.GetBytes(200000), [identity.Recipient]);
        var untouched = ClientAppScripts.Run("age-decrypt.mjs", [identity.ToSecretString()], ciphertext);
        Assert.Equal(0, untouched.ExitCode); // so the refusal below is due to the flipped byte alone

        ciphertext[Position(ciphertext, where)] ^= 0x01;
        var result = ClientAppScripts.Run("age-decrypt.mjs", [identity.ToSecretString()], ciphertext);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(result.StandardOutput); // no unauthenticated plaintext released
    }

    public enum TamperedByte
    {
        FirstPayloadCiphertextByte,
        LastByte,
    }

    // The payload starts after the header's "---" MAC line with a 16-byte nonce, then the first chunk's ciphertext.
    private static int Position(byte[] ageFile, TamperedByte where)
    {
        if (where == TamperedByte.LastByte)
        {
            return ageFile.Length - 1;
        }

        var macLine = ageFile.AsSpan().IndexOf("\n---"u8);
        Assert.True(macLine > 0, "No header MAC line found.");
        var headerEnd = macLine + 1 + ageFile.AsSpan(macLine + 1).IndexOf((byte)'\n');
        return headerEnd + 1 + 16;
    }
}
