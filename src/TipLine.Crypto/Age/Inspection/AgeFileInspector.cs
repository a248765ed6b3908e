using TipLine.Crypto.Age.Format;
using TipLine.Crypto.Age.Payload;

namespace TipLine.Crypto.Age.Inspection;

/// <summary>
/// Checks the shape of an age file someone else made, without any key: the server uses it on ciphertext a browser
/// uploads, so a malformed file is refused at intake rather than discovered by an investigator months later.
/// It cannot tell whether the payload decrypts; only a recipient can.
/// </summary>
public static class AgeFileInspector
{
    private const int PayloadNonceSize = 16;
    private const int MacLineSuffixLength = 1 + 43 + 1; // " " + base64 of the 32-byte MAC + "\n"

    /// <summary>Inspects a whole binary age file held in memory.</summary>
    public static AgeFileShape Inspect(ReadOnlySpan<byte> file)
    {
        using var stream = new MemoryStream(file.ToArray(), writable: false);
        return InspectHeader(stream, file.Length);
    }

    /// <summary>Inspects the header at the start of <paramref name="file"/> and checks the payload length <paramref name="totalLength"/> can be an age payload.</summary>
    public static AgeFileShape InspectHeader(Stream file, long totalLength)
    {
        ArgumentNullException.ThrowIfNull(file);
        var header = AgeHeaderReader.Read(new ByteSource(file));
        foreach (var stanza in header.Stanzas)
        {
            if (stanza.Type != X25519Recipient.StanzaType)
            {
                throw new AgeException(AgeError.MalformedStanza, "Only X25519 recipients are accepted here.");
            }

            if (stanza.Arguments.Count != 1 || AgeBase64.DecodeUnpadded(stanza.Arguments[0]).Length != 32 || stanza.Body.Length != 32)
            {
                throw new AgeException(AgeError.MalformedStanza, "An X25519 stanza carries one 32-byte share and a 32-byte wrapped key.");
            }
        }

        var headerLength = header.MacedBytes.Length + MacLineSuffixLength;
        var payloadLength = totalLength - headerLength;
        CheckPayloadLength(payloadLength);
        return new AgeFileShape(header.Stanzas.Count, headerLength, payloadLength);
    }

    // STREAM: a 16-byte nonce, then full 64 KiB chunks and one final chunk of 0..64 KiB (empty only when it is the only one), each with a 16-byte tag.
    private static void CheckPayloadLength(long payloadLength)
    {
        var chunks = payloadLength - PayloadNonceSize;
        if (chunks < PayloadFormat.TagSize)
        {
            throw new AgeException(AgeError.TruncatedPayload, "The age payload is too short.");
        }

        var remainder = chunks % PayloadFormat.EncryptedChunkSize;
        var lastChunkLength = remainder == 0 ? PayloadFormat.EncryptedChunkSize : remainder;
        if (lastChunkLength < PayloadFormat.TagSize)
        {
            throw new AgeException(AgeError.TruncatedPayload, "The age payload ends inside a chunk tag.");
        }

        if (lastChunkLength == PayloadFormat.TagSize && chunks > PayloadFormat.TagSize)
        {
            throw new AgeException(AgeError.EmptyFinalChunk, "Only an empty file may end with an empty chunk.");
        }
    }
}
