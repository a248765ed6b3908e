namespace TipLine.Crypto.Padding;

/// <summary>
/// ISO/IEC 7816-4 padding to a Padmé bucket for small in-memory payloads: data ‖ 0x80 ‖ 0x00… up to <see cref="PaddedLength.ForData"/>.
/// Use <see cref="PaddingWriteStream"/> / <see cref="PaddingReadStream"/> for files.
/// </summary>
public static class PlaintextPadding
{
    public const byte Marker = 0x80;

    /// <summary>Returns <paramref name="data"/> padded to its bucket.</summary>
    public static byte[] Pad(ReadOnlySpan<byte> data)
    {
        var padded = new byte[checked((int)PaddedLength.ForData(data.Length))];
        data.CopyTo(padded);
        padded[data.Length] = Marker;
        return padded;
    }

    /// <summary>Strips the padding; throws <see cref="MalformedPaddingException"/> unless it is exactly 0x80 0x00… of the right length.</summary>
    public static byte[] Unpad(ReadOnlySpan<byte> padded)
    {
        var markerIndex = padded.LastIndexOfAnyExcept((byte)0);
        if (markerIndex < 0 || padded[markerIndex] != Marker)
        {
            throw new MalformedPaddingException("The plaintext has no 0x80 padding marker.");
        }

        if (PaddedLength.ForData(markerIndex) != padded.Length)
        {
            throw new MalformedPaddingException("The padded length is not the Padmé bucket of the data length.");
        }

        return padded[..markerIndex].ToArray();
    }
}
