using System.Security.Cryptography;
using TipLine.Crypto.Age;
using TipLine.Crypto.Age.Recipients;
using TipLine.Crypto.Passwords;

namespace TipLine.Crypto.Keys;

/// <summary>Encrypts an age file to a password with the <c>tipline-argon2id</c> stanza (see <see cref="Argon2idStanza"/>).</summary>
public sealed class Argon2idRecipient : IAgeRecipient
{
    private readonly string password;
    private readonly Argon2idParameters parameters;

    public Argon2idRecipient(string password, Argon2idParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureValid();
        this.password = password;
        this.parameters = parameters;
    }

    /// <summary>Like age's scrypt stanza, a password stanza must be alone so the file is not also readable without it.</summary>
    public bool MustBeAlone => true;

    public IReadOnlyList<AgeStanza> Wrap(ReadOnlySpan<byte> fileKey)
    {
        var salt = RandomNumberGenerator.GetBytes(Argon2idStanza.SaltLength);
        var wrapKey = Argon2idStanza.DeriveWrapKey(password, salt, parameters);
        try
        {
            var body = FileKeyWrap.Wrap(wrapKey, fileKey);
            string[] arguments =
            [
                AgeBase64.EncodeUnpadded(salt),
                Argon2idStanza.FormatNumber(parameters.MemoryKiB),
                Argon2idStanza.FormatNumber(parameters.Iterations),
                Argon2idStanza.FormatNumber(parameters.Parallelism),
            ];
            return [new AgeStanza(Argon2idStanza.Type, arguments, body)];
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wrapKey);
        }
    }
}
