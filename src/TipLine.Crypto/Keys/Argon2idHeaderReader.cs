using System.Text;
using TipLine.Crypto.Age;
using TipLine.Crypto.Passwords;

namespace TipLine.Crypto.Keys;

/// <summary>Reads the Argon2id parameters from a password-wrapped age file's header without deriving any key (to decide on a rewrap).</summary>
internal static class Argon2idHeaderReader
{
    private const int MaxHeaderBytes = 4096; // a single-stanza header is far smaller; do not scan payload bytes.

    public static Argon2idParameters? ReadParameters(ReadOnlySpan<byte> ageFile)
    {
        var header = ageFile[..Math.Min(ageFile.Length, MaxHeaderBytes)];
        var prefix = "-> "u8.ToArray().Concat(Encoding.ASCII.GetBytes(Argon2idStanza.Type + " ")).ToArray();
        foreach (var range in header.Split((byte)'\n'))
        {
            var line = header[range];
            if (line.StartsWith("---"u8))
            {
                break;
            }

            if (!line.StartsWith(prefix))
            {
                continue;
            }

            var arguments = Encoding.ASCII.GetString(line[prefix.Length..]).Split(' ');
            try
            {
                var (_, parameters) = Argon2idStanza.ReadArguments(new AgeStanza(Argon2idStanza.Type, arguments, new byte[Argon2idStanza.BodyLength]));
                return parameters;
            }
            catch (AgeException)
            {
                return null;
            }
        }

        return null;
    }
}
