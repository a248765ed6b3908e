using System.Security.Cryptography;
using TipLine.Crypto.Age;
using TipLine.Crypto.Age.Recipients;
using TipLine.Crypto.Passwords;

namespace TipLine.Crypto.Keys;

/// <summary>
/// Opens <c>tipline-argon2id</c> files with a password. Refuses parameters above <c>maximum</c> so a crafted file
/// cannot make the server spend unbounded memory or time. A wrong password is "not mine" (null), like age's scrypt identity.
/// </summary>
public sealed class Argon2idIdentity : IAgeIdentity
{
    private readonly string password;
    private readonly Argon2idParameters maximum;

    public Argon2idIdentity(string password, Argon2idParameters? maximum = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        this.password = password;
        this.maximum = maximum ?? Argon2idParameters.Maximum;
    }

    public byte[]? Unwrap(IReadOnlyList<AgeStanza> stanzas)
    {
        ArgumentNullException.ThrowIfNull(stanzas);
        foreach (var stanza in stanzas)
        {
            if (stanza.Type != Argon2idStanza.Type)
            {
                continue;
            }

            if (stanzas.Count != 1)
            {
                throw new AgeException(AgeError.ScryptNotAlone, "A password (tipline-argon2id) stanza must be the only stanza in the header.");
            }

            var (salt, parameters) = Argon2idStanza.ReadArguments(stanza);
            if (!parameters.IsWithin(maximum))
            {
                throw new AgeException(
                    AgeError.MalformedStanza,
                    $"The Argon2id parameters m={parameters.MemoryKiB} t={parameters.Iterations} p={parameters.Parallelism} are invalid or above the accepted maximum.");
            }

            var wrapKey = Argon2idStanza.DeriveWrapKey(password, salt, parameters);
            try
            {
                return FileKeyWrap.TryUnwrap(wrapKey, stanza.Body);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(wrapKey);
            }
        }

        return null;
    }

    /// <summary>The Argon2id parameters recorded in a password-wrapped file's header, or null when it has no such stanza.</summary>
    public static Argon2idParameters? ReadParameters(ReadOnlySpan<byte> ageFile) => Argon2idHeaderReader.ReadParameters(ageFile);
}
