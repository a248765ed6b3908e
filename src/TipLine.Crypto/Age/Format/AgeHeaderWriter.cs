using System.Text;

namespace TipLine.Crypto.Age.Format;

/// <summary>Serialises stanzas into a header and appends its MAC.</summary>
internal static class AgeHeaderWriter
{
    public static byte[] Write(IReadOnlyList<AgeStanza> stanzas, ReadOnlySpan<byte> fileKey)
    {
        var text = new StringBuilder();
        text.Append(AgeHeaderFormat.VersionLine).Append('\n');
        foreach (var stanza in stanzas)
        {
            AppendStanza(text, stanza);
        }

        text.Append(AgeHeaderFormat.MacPrefix);
        var maced = System.Text.Encoding.ASCII.GetBytes(text.ToString());
        Span<byte> mac = stackalloc byte[AgeKeySchedule.MacSize];
        AgeKeySchedule.ComputeHeaderMac(fileKey, maced, mac);
        var macLine = System.Text.Encoding.ASCII.GetBytes(" " + AgeBase64.EncodeUnpadded(mac) + "\n");
        var header = new byte[maced.Length + macLine.Length];
        maced.CopyTo(header, 0);
        macLine.CopyTo(header, maced.Length);
        return header;
    }

    private static void AppendStanza(StringBuilder text, AgeStanza stanza)
    {
        if (!AgeHeaderFormat.IsValidArgument(stanza.Type) || stanza.Arguments.Any(a => !AgeHeaderFormat.IsValidArgument(a)))
        {
            throw new ArgumentException("Stanza type and arguments must be non-empty strings of printable ASCII without spaces.", nameof(stanza));
        }

        text.Append(AgeHeaderFormat.StanzaPrefix).Append(stanza.Type);
        foreach (var argument in stanza.Arguments)
        {
            text.Append(' ').Append(argument);
        }

        text.Append('\n');
        var body = AgeBase64.EncodeUnpadded(stanza.Body);
        var offset = 0;
        while (true)
        {
            var length = Math.Min(AgeHeaderFormat.ColumnsPerLine, body.Length - offset);
            text.Append(body, offset, length).Append('\n');
            offset += length;

            // The body ends with the first line shorter than 64 columns, which may be empty.
            if (length < AgeHeaderFormat.ColumnsPerLine)
            {
                break;
            }
        }
    }
}
