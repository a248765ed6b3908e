using System.Globalization;
using TipLine.Crypto.Age;

namespace TipLine.Cli.Age;

/// <summary>Reads age identity files and recipients files: one key per line, '#' comments and blank lines ignored.</summary>
internal static class KeyFileReader
{
    public static List<X25519Identity> ReadIdentities(string path, TextReader reader)
    {
        var identities = new List<X25519Identity>();
        foreach (var (number, line) in KeyLines(reader))
        {
            try
            {
                identities.Add(X25519Identity.Parse(line));
            }
            catch (AgeException)
            {
                // Never echo the line: it may be a secret key with a typo.
                throw new AgeException(AgeError.InvalidIdentity, string.Create(CultureInfo.InvariantCulture, $"identity file {path}: line {number} is not an age X25519 identity (AGE-SECRET-KEY-1...)."));
            }
        }

        if (identities.Count == 0)
        {
            throw new AgeException(AgeError.InvalidIdentity, $"identity file {path} contains no identities.");
        }

        return identities;
    }

    public static List<X25519Recipient> ReadRecipients(string path, TextReader reader)
    {
        var recipients = new List<X25519Recipient>();
        foreach (var (number, line) in KeyLines(reader))
        {
            if (!X25519Recipient.TryParse(line, out var recipient))
            {
                throw new AgeException(AgeError.InvalidRecipient, string.Create(CultureInfo.InvariantCulture, $"recipients file {path}: line {number} is not an age X25519 recipient (age1...)."));
            }

            recipients.Add(recipient!);
        }

        if (recipients.Count == 0)
        {
            throw new AgeException(AgeError.InvalidRecipient, $"recipients file {path} contains no recipients.");
        }

        return recipients;
    }

    /// <summary>The trimmed key lines with their 1-based line numbers, skipping blank lines and '#' comments.</summary>
    private static IEnumerable<(int Number, string Line)> KeyLines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            line = line.Trim();
            if (line.Length != 0 && !line.StartsWith('#'))
            {
                yield return (number, line);
            }
        }
    }
}
