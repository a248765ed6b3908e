namespace TipLine.Crypto.Age.Format;

/// <summary>Strict header parser: exactly the grammar of the spec, nothing more, so headers are not malleable.</summary>
internal static class AgeHeaderReader
{
    public static AgeHeader Read(ByteSource source)
    {
        using var maced = new MemoryStream();
        var version = ReadLine(source, maced, AgeError.MalformedHeader);
        if (version != AgeHeaderFormat.VersionLine)
        {
            var unsupported = version.StartsWith(AgeHeaderFormat.VersionPrefix, StringComparison.Ordinal)
                && AgeHeaderFormat.IsValidArgument(version);
            throw new AgeException(
                unsupported ? AgeError.UnsupportedVersion : AgeError.MalformedHeader,
                unsupported ? "Unsupported age format version." : "Not an age file: the first line is not the age version line.");
        }

        var stanzas = new List<AgeStanza>();
        while (true)
        {
            var line = ReadLine(source, maced, AgeError.MalformedHeader);
            if (line.StartsWith(AgeHeaderFormat.StanzaPrefix, StringComparison.Ordinal))
            {
                stanzas.Add(ReadStanza(line, source, maced));
            }
            else if (line.StartsWith(AgeHeaderFormat.MacPrefix, StringComparison.Ordinal))
            {
                var mac = ParseMacLine(line);
                if (stanzas.Count == 0)
                {
                    throw new AgeException(AgeError.MalformedHeader, "The header has no recipient stanza.");
                }

                // The MAC covers the header up to and including "---", excluding the space and the MAC itself.
                var bytes = maced.ToArray();
                var macedLength = bytes.Length - line.Length - 1 + AgeHeaderFormat.MacPrefix.Length;
                return new AgeHeader(stanzas, mac, bytes.AsSpan(0, macedLength).ToArray());
            }
            else
            {
                throw new AgeException(AgeError.MalformedHeader, "Unexpected line in the age header.");
            }
        }
    }

    private static AgeStanza ReadStanza(string line, ByteSource source, MemoryStream maced)
    {
        var fields = line[AgeHeaderFormat.StanzaPrefix.Length..].Split(' ');
        foreach (var field in fields)
        {
            if (!AgeHeaderFormat.IsValidArgument(field))
            {
                throw new AgeException(AgeError.MalformedStanza, "Stanza arguments must be non-empty printable ASCII separated by single spaces.");
            }
        }

        using var body = new MemoryStream();
        while (true)
        {
            var bodyLine = ReadLine(source, maced, AgeError.MalformedStanza);
            if (bodyLine.Length > AgeHeaderFormat.ColumnsPerLine)
            {
                throw new AgeException(AgeError.MalformedStanza, "Stanza body lines are at most 64 columns.");
            }

            body.Write(AgeBase64.DecodeUnpadded(bodyLine));
            if (bodyLine.Length < AgeHeaderFormat.ColumnsPerLine)
            {
                break;
            }
        }

        return new AgeStanza(fields[0], fields[1..], body.ToArray());
    }

    private static byte[] ParseMacLine(string line)
    {
        if (line.Length < 4 || line[3] != ' ' || line.IndexOf(' ', 4) >= 0)
        {
            throw new AgeException(AgeError.MalformedHeader, "Malformed header MAC line.");
        }

        var mac = AgeBase64.DecodeUnpadded(line.AsSpan(4));
        if (mac.Length != AgeKeySchedule.MacSize)
        {
            throw new AgeException(AgeError.MalformedHeader, "The header MAC must be 32 bytes.");
        }

        return mac;
    }

    private static string ReadLine(ByteSource source, MemoryStream maced, AgeError errorAtEnd)
    {
        var result = source.TryReadLine(out var line);
        if (result != LineReadResult.Line)
        {
            throw new AgeException(
                result == LineReadResult.TooLong ? AgeError.MalformedHeader : errorAtEnd,
                result == LineReadResult.TooLong ? "A header line is too long." : "The age header ends unexpectedly.");
        }

        foreach (var b in line)
        {
            if (b is < 0x20 or > 0x7E)
            {
                throw new AgeException(AgeError.MalformedHeader, "The age header contains a byte that is not printable ASCII.");
            }
        }

        if (maced.Length + line.Length + 1 > AgeHeaderFormat.MaxHeaderSize)
        {
            throw new AgeException(AgeError.MalformedHeader, "The age header is too large.");
        }

        maced.Write(line);
        maced.WriteByte((byte)'\n');
        return System.Text.Encoding.ASCII.GetString(line);
    }
}
