namespace TipLine.Crypto.Age.Recipients;

/// <summary>Shared checks on stanza arguments, so each recipient type rejects malformed stanzas the same way.</summary>
internal static class StanzaArguments
{
    public static byte[] DecodeFixedLength(string argument, int length, string what)
    {
        var bytes = AgeBase64.DecodeUnpadded(argument);
        if (bytes.Length != length)
        {
            throw new AgeException(AgeError.MalformedStanza, $"{what} must be {length} bytes.");
        }

        return bytes;
    }
}
